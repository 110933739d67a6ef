// A sampled value written as a TypeScript literal, the way the README's examples are written:
// single quotes, bare keys where they are identifiers, on one line while it fits, else one
// property a line with trailing commas. Binary parts (Blobs) are strings, as the generated types
// see them.

const identifier = /^[A-Za-z_$][\w$]*$/;
const indentUnit = '  ';

/** The text of a file part in a sample. */
export const FILE_CONTENT = 'file content';

export function quote(text: string): string {
  return `'${JSON.stringify(text).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

const key = (name: string) => (identifier.test(name) ? name : quote(name));

function inline(value: unknown): string {
  if (value instanceof Blob) return quote(FILE_CONTENT);
  if (typeof value === 'string') return quote(value);
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${key(k)}: ${inline(v)}`).join(', ')} }`;
  }
  return String(value);
}

/**
 * `value` as a literal that starts at `column` of a line indented by `depth` levels and is
 * followed by `after` more characters (`,` or `);`); lines stay within `width` where they can.
 */
export function typescriptLiteral(value: unknown, { depth = 0, column = 0, after = 0, width = 100 } = {}): string {
  const oneLine = inline(value);
  if (column + oneLine.length + after <= width || value === null || typeof value !== 'object' || value instanceof Blob) return oneLine;
  const inner = indentUnit.repeat(depth + 1);
  const items = Array.isArray(value)
    ? value.map((item) => typescriptLiteral(item, { depth: depth + 1, column: inner.length, after: 1, width }))
    : Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `${key(k)}: ${typescriptLiteral(v, { depth: depth + 1, column: inner.length + key(k).length + 2, after: 1, width })}`);
  if (items.length === 0) return oneLine;
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return `${open}\n${items.map((item) => `${inner}${item},`).join('\n')}\n${indentUnit.repeat(depth)}${close}`;
}
