// A schema read off a JSON example, for the schemas the docs reference but never describe.
// The docs' generated examples use fixed sample values that reveal formats
// ("2019-08-24T14:15:22Z", "2019-08-24", "497f6eca-6276-4993-bfeb-53cbbbba6f08").
// Nothing is required and objects stay open: an example shows what may be there, not what must.
import type { JsonSchema } from './type-schema.js';

function stringFormat(value: string): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return 'date-time';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'date';
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) return 'uuid';
  return undefined;
}

export function schemaFromExample(value: unknown): JsonSchema {
  if (value === null) return {};
  if (Array.isArray(value)) {
    const items = value.length > 0 ? value.map(schemaFromExample).reduce(unite) : undefined;
    return { type: 'array', ...(items && Object.keys(items).length > 0 ? { items } : {}) };
  }
  switch (typeof value) {
    case 'string': {
      const format = stringFormat(value);
      return { type: 'string', ...(format ? { format } : {}) };
    }
    case 'number':
      // 0 in a generated example may stand for any number.
      return { type: 'number' };
    case 'boolean':
      return { type: 'boolean' };
    case 'object': {
      const entries = Object.entries(value as Record<string, unknown>);
      // widdershins prints a map's entries as property1/property2.
      const isMap = entries.length > 0 && entries.every(([k]) => /^property\d+$/.test(k));
      if (isMap) return { type: 'object', additionalProperties: entries.map(([, v]) => schemaFromExample(v)).reduce(unite) };
      const properties = Object.fromEntries(entries.filter(([k]) => !/^property\d+$/.test(k)).map(([k, v]) => [k, schemaFromExample(v)]));
      return { type: 'object', ...(Object.keys(properties).length > 0 ? { properties } : {}) };
    }
    default:
      return {};
  }
}

/** A null sample next to a typed one: the value is that type or null. */
function orNull(schema: JsonSchema): JsonSchema {
  return typeof schema.type === 'string' ? { ...schema, type: [schema.type, 'null'] } : schema;
}

/** Two samples of the same value: one schema that accepts both. */
function unite(a: JsonSchema, b: JsonSchema): JsonSchema {
  if (JSON.stringify(a) === JSON.stringify(b)) return a;
  if (Object.keys(a).length === 0) return orNull(b);
  if (Object.keys(b).length === 0) return orNull(a);
  if (a.type === 'object' && b.type === 'object') {
    const mine = (a.properties ?? {}) as Record<string, JsonSchema>;
    const theirs = (b.properties ?? {}) as Record<string, JsonSchema>;
    const properties: Record<string, JsonSchema> = { ...mine };
    for (const [key, schema] of Object.entries(theirs)) properties[key] = mine[key] ? unite(mine[key], schema) : schema;
    return { type: 'object', ...(Object.keys(properties).length > 0 ? { properties } : {}) };
  }
  if (a.type === 'array' && b.type === 'array') {
    const items = a.items && b.items ? unite(a.items as JsonSchema, b.items as JsonSchema) : ((a.items ?? b.items) as JsonSchema | undefined);
    return { type: 'array', ...(items && Object.keys(items).length > 0 ? { items } : {}) };
  }
  if (JSON.stringify(a.type) === JSON.stringify(b.type)) return { type: a.type };
  return {};
}

/** One schema for several examples of the same thing. */
export function schemaFromExamples(values: unknown[]): JsonSchema {
  return values.map(schemaFromExample).reduce(unite);
}
