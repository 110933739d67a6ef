// Looking into the bundled spec's schemas the way the docs' tables read them: through $ref,
// allOf parts, arrays and the nullable wrappers the curation adds.
import type { OpenApiDocument } from '../spec/bundle-spec.js';
import { deref, type Json } from '../spec/resolve-ref.js';

/** A nullable wrapper (`anyOf: [X, {type: null}]`) stands for X. */
export function withoutNull(schema: Json | undefined): Json | undefined {
  const anyOf = schema?.anyOf as Json[] | undefined;
  if (!anyOf) return schema;
  const others = anyOf.filter((s) => s.type !== 'null');
  return others.length === 1 ? { ...schema, ...others[0], anyOf: undefined } : schema;
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

/** The object schema that nested rows describe: the value itself, or an array's items. */
export function objectOf(document: OpenApiDocument, schema: Json | undefined): Json | undefined {
  const resolved = valueSchema(document, schema);
  if (resolved?.type === 'array' || (Array.isArray(resolved?.type) && resolved.type.includes('array'))) return valueSchema(document, resolved.items as Json | undefined);
  return resolved;
}
