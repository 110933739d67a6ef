// Deterministic valid values for the schemas of a bundled spec: the same input always gives
// the same value, so a contract failure can be reproduced. Optional properties are filled
// while the object nesting is shallow and dropped deeper down (and on recursion), which keeps
// bodies small but still exercises most of each schema.
import type { Json, OpenApiDocument } from '../openapi/document.js';
import { resolveRef } from '../openapi/resolve-ref.js';
import { primaryType } from '../openapi/schema-navigation.js';

export interface SampleOptions {
  /** Objects nested deeper than this get their required properties only. */
  optionalDepth: number;
}

const stringsByFormat: Record<string, string> = {
  date: '2024-01-31',
  'date-time': '2024-01-31T12:00:00Z',
  uuid: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
  email: 'someone@example.com',
  uri: 'https://example.com/resource',
};

export function sampleValue(document: OpenApiDocument, schema: Json | undefined, options: SampleOptions, depth = 0, refs: string[] = []): unknown {
  if (!schema) return 'sample';
  if (typeof schema.$ref === 'string') {
    if (refs.includes(schema.$ref)) return undefined;
    return sampleValue(document, resolveRef(document, schema.$ref), options, depth, [...refs, schema.$ref]);
  }
  if (schema.const !== undefined) return schema.const;
  const values = schema.enum as unknown[] | undefined;
  if (values) return values.find((v) => v !== null);
  const alternatives = (schema.oneOf ?? schema.anyOf) as Json[] | undefined;
  if (alternatives)
    return sampleValue(
      document,
      alternatives.find((a) => a.type !== 'null'),
      options,
      depth,
      refs,
    );
  if (schema.allOf) {
    const parts = (schema.allOf as Json[]).map((part) => sampleValue(document, part, options, depth, refs));
    return Object.assign(
      {},
      ...parts.filter((p) => p && typeof p === 'object'),
      objectSample(document, schema, options, depth, refs),
      discriminatorValue(document, schema, refs.at(-1)),
    );
  }
  switch (primaryType(schema) ?? (schema.properties ? 'object' : undefined)) {
    case 'string':
      return schema.format === 'binary' ? new Blob(['sample file'], { type: 'text/plain' }) : (stringsByFormat[String(schema.format)] ?? 'sample');
    case 'integer':
      return typeof schema.minimum === 'number' ? schema.minimum : 1;
    case 'number':
      return typeof schema.minimum === 'number' ? schema.minimum : 1.5;
    case 'boolean':
      return true;
    case 'array': {
      const item = sampleValue(document, schema.items as Json | undefined, options, depth + 1, refs);
      return item === undefined ? [] : [item];
    }
    case 'object':
      return objectSample(document, schema, options, depth, refs);
    default:
      // No type at all: any JSON value is valid.
      return 'sample';
  }
}

function objectSample(document: OpenApiDocument, schema: Json, options: SampleOptions, depth: number, refs: string[]): Record<string, unknown> {
  const required = new Set((schema.required ?? []) as string[]);
  const result: Record<string, unknown> = {};
  for (const [name, property] of Object.entries((schema.properties ?? {}) as Record<string, Json>)) {
    if (!required.has(name) && depth >= options.optionalDepth) continue;
    const value = sampleValue(document, property, options, depth + 1, refs);
    if (value !== undefined) result[name] = value;
  }
  return result;
}

/** A variant of a discriminated base carries the discriminator value that maps to it. */
function discriminatorValue(document: OpenApiDocument, schema: Json, variantRef: string | undefined): Record<string, unknown> {
  for (const part of schema.allOf as Json[]) {
    if (typeof part.$ref !== 'string' || !variantRef) continue;
    const discriminator = resolveRef(document, part.$ref).discriminator as { propertyName: string; mapping?: Record<string, string> } | undefined;
    const value = Object.entries(discriminator?.mapping ?? {}).find(([, ref]) => ref === variantRef)?.[0];
    if (discriminator && value !== undefined) return { [discriminator.propertyName]: value };
  }
  return {};
}
