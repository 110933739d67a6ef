// The grammar of the docs' type column: `string(date-time)` is a type with a format, `[X]` an
// array of X, a capitalised name a named schema, `object` an object whose shape the nested `»`
// rows give, `oneOf` alternatives the docs do not list.

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
