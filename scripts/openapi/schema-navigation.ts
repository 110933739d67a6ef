// Looking into a bundled spec's schemas for what a value is: through $ref, allOf parts, arrays
// and the nullable wrappers (`anyOf: [X, {type: null}]`) the curation adds.
import type { Json, OpenApiDocument } from './document.js';
import { deref } from './resolve-ref.js';

/** A nullable wrapper (`anyOf: [X, {type: null}]`) stands for X. */
export function withoutNull(schema: Json | undefined): Json | undefined {
  const anyOf = schema?.anyOf as Json[] | undefined;
  if (!anyOf) return schema;
  const others = anyOf.filter((s) => s.type !== 'null');
  return others.length === 1 ? { ...schema, ...others[0], anyOf: undefined } : schema;
}

/** The type a value has when it is not null: `["string", "null"]` → "string". */
export function primaryType(schema: Json): string | undefined {
  const type = schema.type;
  if (Array.isArray(type)) return type.find((t) => t !== 'null') as string | undefined;
  return type as string | undefined;
}

/** The schema of a value: references followed, nullable wrappers removed. */
export function valueSchema(document: OpenApiDocument, schema: Json | undefined): Json | undefined {
  let current = withoutNull(schema);
  for (let i = 0; i < 10 && current && typeof current.$ref === 'string'; i++) current = withoutNull(deref(document, current));
  return current;
}

/** All properties an object schema has, including those of its allOf parts. */
export function propertiesOf(document: OpenApiDocument, schema: Json | undefined, depth = 0): Record<string, Json> {
  const resolved = valueSchema(document, schema);
  if (!resolved || depth > 10) return {};
  const own = (resolved.properties ?? {}) as Record<string, Json>;
  const parts = ((resolved.allOf ?? []) as Json[]).map((part) => propertiesOf(document, part, depth + 1));
  return Object.assign({}, ...parts, own) as Record<string, Json>;
}

/** Names the object (or any of its allOf parts) lists as required. */
export function requiredOf(document: OpenApiDocument, schema: Json | undefined, depth = 0): Set<string> {
  const resolved = valueSchema(document, schema);
  if (!resolved || depth > 10) return new Set();
  const own = (resolved.required ?? []) as string[];
  const parts = ((resolved.allOf ?? []) as Json[]).flatMap((part) => [...requiredOf(document, part, depth + 1)]);
  return new Set([...own, ...parts]);
}

/** The object schema that nested properties describe: the value itself, or an array's items. */
export function objectOf(document: OpenApiDocument, schema: Json | undefined): Json | undefined {
  const resolved = valueSchema(document, schema);
  if (resolved?.type === 'array' || (Array.isArray(resolved?.type) && resolved.type.includes('array')))
    return valueSchema(document, resolved.items as Json | undefined);
  return resolved;
}
