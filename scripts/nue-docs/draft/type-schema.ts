// The docs' type column as JSON Schema: `string(date-time)` → type + format, `[X]` → array,
// a capitalised name → $ref to that named schema, `object` → an object whose shape the
// nested `»` rows give.
export type JsonSchema = Record<string, unknown>;

export type RefTo = (schemaName: string) => string;

const primitives = new Set(['string', 'number', 'integer', 'boolean', 'object']);

export interface ParsedType {
  /** `[X]` */
  array: boolean;
  /** `string`, `integer`, `object`, `oneOf`, or a schema name. */
  base: string;
  format?: string;
}

export function parseDocType(type: string): ParsedType {
  const array = type.startsWith('[') && type.endsWith(']');
  const inner = array ? type.slice(1, -1) : type;
  const match = /^(\w+)(?:\(([\w-]+)\))?$/.exec(inner);
  if (!match) throw new Error(`unknown type "${type}"`);
  return { array, base: match[1]!, ...(match[2] ? { format: match[2] } : {}) };
}

export function isNamedSchema(base: string): boolean {
  return !primitives.has(base) && base !== 'oneOf';
}

/** The schema of a single value of the base type (without the array wrapper). */
export function baseSchema(parsed: ParsedType, refTo: RefTo): JsonSchema {
  if (isNamedSchema(parsed.base)) return { $ref: refTo(parsed.base) };
  if (parsed.base === 'oneOf') return {};
  return { type: parsed.base, ...(parsed.format ? { format: parsed.format } : {}) };
}
