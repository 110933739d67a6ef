// Does a spec schema say what the docs' type column says? `string(date)` needs type string
// with format date, `[Invoice]` an array of $ref Invoice, `object` an object (or any value, for
// the Map<String, Object> values the docs print as `object`). A deviation the spec marks
// `x-inferred` is accepted: CURATION.md explains each. One it marks `x-evidence` (on the schema,
// its items, or what either `$ref`s to) is accepted and reported as such (evidence.ts).
import { isNamedSchema, parseDocType } from '../nue-reference/doc-type.js';
import type { Json, OpenApiDocument } from '../openapi/document.js';
import { primaryType, withoutNull } from '../openapi/schema-navigation.js';
import { type Finding, onEvidence } from './evidence.js';

function baseMatches(base: string, format: string | undefined, schema: Json | undefined): string | undefined {
  const plain = withoutNull(schema);
  if (!plain) return 'no schema';
  if (isNamedSchema(base)) {
    const ref = plain.$ref as string | undefined;
    return ref?.endsWith(`/${base}`) ? undefined : `expected $ref ${base}, found ${ref ?? primaryType(plain) ?? 'no type'}`;
  }
  if (base === 'oneOf') return undefined;
  if (base === 'object')
    return primaryType(plain) === undefined || primaryType(plain) === 'object' ? undefined : `expected object, found ${primaryType(plain)}`;
  if (primaryType(plain) !== base) return `expected ${base}, found ${primaryType(plain) ?? plain.$ref ?? 'no type'}`;
  if ((plain.format as string | undefined) !== format) return `expected format ${format ?? 'none'}, found ${String(plain.format ?? 'none')}`;
  return undefined;
}

/** undefined when the schema matches the documented type (or marks its deviation x-inferred); otherwise why not, accepted or not on evidence. */
export function typeMismatch(document: OpenApiDocument, docType: string, schema: Json | undefined): Finding {
  const mismatch = strictMismatch(docType, schema);
  const items = withoutNull(schema)?.items as Json | undefined;
  const marked = schema?.['x-inferred'] === true || items?.['x-inferred'] === true;
  return mismatch && !marked ? onEvidence(document, mismatch, schema, items) : undefined;
}

function strictMismatch(docType: string, schema: Json | undefined): string | undefined {
  const parsed = parseDocType(docType);
  if (!parsed.array) return baseMatches(parsed.base, parsed.format, schema);
  const plain = withoutNull(schema);
  if (!plain || primaryType(plain) !== 'array') return `expected an array, found ${plain ? (primaryType(plain) ?? plain.$ref ?? 'no type') : 'no schema'}`;
  return baseMatches(parsed.base, parsed.format, plain.items as Json | undefined);
}
