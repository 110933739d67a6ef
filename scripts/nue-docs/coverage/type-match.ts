// Does a spec schema say what the docs' type column says? `string(date)` needs type string
// with format date, `[Invoice]` an array of $ref Invoice, `object` an object (or any value, for
// the Map<String, Object> values the docs print as `object`). A deviation the spec marks
// `x-inferred` is accepted: CURATION.md explains each.
import { parseDocType, isNamedSchema } from '../draft/type-schema.js';
import type { Json } from '../spec/resolve-ref.js';
import { withoutNull } from './spec-schemas.js';

function typeOf(schema: Json): string | undefined {
  const type = schema.type;
  if (Array.isArray(type)) return type.filter((t) => t !== 'null')[0] as string | undefined;
  return type as string | undefined;
}

function baseMatches(base: string, format: string | undefined, schema: Json | undefined): string | undefined {
  const plain = withoutNull(schema);
  if (!plain) return 'no schema';
  if (isNamedSchema(base)) {
    const ref = plain.$ref as string | undefined;
    return ref?.endsWith(`/${base}`) ? undefined : `expected $ref ${base}, found ${ref ?? typeOf(plain) ?? 'no type'}`;
  }
  if (base === 'oneOf') return undefined;
  if (base === 'object') return typeOf(plain) === undefined || typeOf(plain) === 'object' ? undefined : `expected object, found ${typeOf(plain)}`;
  if (typeOf(plain) !== base) return `expected ${base}, found ${typeOf(plain) ?? 'no type'}`;
  if ((plain.format as string | undefined) !== format) return `expected format ${format ?? 'none'}, found ${String(plain.format ?? 'none')}`;
  return undefined;
}

/** undefined when the schema matches the documented type (or marks its deviation x-inferred); otherwise why not. */
export function typeMismatch(docType: string, schema: Json | undefined): string | undefined {
  const mismatch = strictMismatch(docType, schema);
  const items = withoutNull(schema)?.items as Json | undefined;
  const marked = schema?.['x-inferred'] === true || items?.['x-inferred'] === true;
  return mismatch && !marked ? mismatch : undefined;
}

function strictMismatch(docType: string, schema: Json | undefined): string | undefined {
  const parsed = parseDocType(docType);
  if (!parsed.array) return baseMatches(parsed.base, parsed.format, schema);
  const plain = withoutNull(schema);
  if (!plain || typeOf(plain) !== 'array') return `expected an array, found ${plain ? typeOf(plain) ?? plain.$ref ?? 'no type' : 'no schema'}`;
  return baseMatches(parsed.base, parsed.format, plain.items as Json | undefined);
}
