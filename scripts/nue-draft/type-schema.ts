// The docs' type column (as nue-reference/doc-type.ts reads it) written as JSON Schema:
// `string(date-time)` → type + format, a named schema → $ref to it, `oneOf` → any value.
// The `[X]` array wrapper and the nested `»` rows of `object` are added by rows-to-schema.ts.
import { isNamedSchema, type ParsedType } from '../nue-reference/doc-type.js';

export type JsonSchema = Record<string, unknown>;

export type RefTo = (schemaName: string) => string;

/** The schema of a single value of the base type (without the array wrapper). */
export function baseSchema(parsed: ParsedType, refTo: RefTo): JsonSchema {
  if (isNamedSchema(parsed.base)) return { $ref: refTo(parsed.base) };
  if (parsed.base === 'oneOf') return {};
  return { type: parsed.base, ...(parsed.format ? { format: parsed.format } : {}) };
}
