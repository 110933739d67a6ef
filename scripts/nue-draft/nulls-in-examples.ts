// The docs' examples show `null` for many properties whose table gives a plain type
// ("targetDate": null, "parentId": null): Nue sends null for unset fields. Such a property
// is made nullable (marked x-inferred), so that the spec accepts what the docs show.
import type { JsonSchema } from './type-schema.js';

type Files = Map<string, JsonSchema>;

function allowsNull(schema: JsonSchema): boolean {
  const type = schema.type;
  if (type === undefined && schema.$ref === undefined && schema.allOf === undefined && schema.anyOf === undefined && schema.oneOf === undefined) return true;
  if (type === 'null' || (Array.isArray(type) && type.includes('null'))) return true;
  const anyOf = schema.anyOf as JsonSchema[] | undefined;
  return anyOf?.some(allowsNull) ?? false;
}

function nullable(schema: JsonSchema): JsonSchema {
  if (schema.$ref !== undefined || schema.allOf !== undefined) {
    const { description, ...rest } = schema;
    return { ...(description ? { description } : {}), anyOf: [rest, { type: 'null' }], 'x-inferred': true };
  }
  const type = schema.type;
  const enumValues = schema.enum as unknown[] | undefined;
  return {
    ...schema,
    type: Array.isArray(type) ? [...type, 'null'] : [type, 'null'],
    ...(enumValues ? { enum: [...enumValues, null] } : {}),
    'x-inferred': true,
  };
}

export function allowNullsShownInExamples(files: Files, componentFiles: Map<string, string>): string[] {
  const notes: string[] = [];
  const resolve = (ref: string): JsonSchema | undefined => {
    const file = componentFiles.get(ref);
    return file ? files.get(file) : undefined;
  };
  const seen = new Set<string>();

  const walk = (value: unknown, schema: JsonSchema | undefined, where: string, depth = 0): void => {
    if (!schema || value === null || typeof value !== 'object' || depth > 40) return;
    if (typeof schema.$ref === 'string') return walk(value, resolve(schema.$ref), schema.$ref.split('/').pop()!, depth + 1);
    for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
      for (const part of (schema[key] as JsonSchema[] | undefined) ?? []) walk(value, part, where, depth + 1);
    }
    if (Array.isArray(value)) {
      for (const item of value) walk(item, schema.items as JsonSchema | undefined, where, depth + 1);
      return;
    }
    const properties = schema.properties as Record<string, JsonSchema> | undefined;
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      const target = properties?.[key];
      if (target) {
        if (child === null && !allowsNull(target)) {
          properties![key] = nullable(target);
          const note = `${where}.${key} is null in an example; made nullable`;
          if (!seen.has(note)) notes.push(note);
          seen.add(note);
        } else walk(child, target, where, depth + 1);
      } else if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
        const values = schema.additionalProperties as JsonSchema;
        if (child === null && !allowsNull(values)) schema.additionalProperties = nullable(values);
        else walk(child, values, where, depth + 1);
      }
    }
  };

  const mediaTypes = (operation: JsonSchema): JsonSchema[] => {
    const bodies = [operation.requestBody as JsonSchema | undefined, ...Object.values((operation.responses ?? {}) as Record<string, JsonSchema>)];
    return bodies.flatMap((b) => Object.values((b?.content ?? {}) as Record<string, JsonSchema>));
  };
  for (const [file, document] of files) {
    if (file.startsWith('paths/')) {
      for (const media of mediaTypes(document)) {
        const examples = [media.example, ...Object.values((media.examples ?? {}) as Record<string, JsonSchema>).map((e) => e.value)];
        for (const example of examples) walk(example, media.schema as JsonSchema, file);
      }
    } else if (file.startsWith('components/schemas/')) {
      for (const example of (document.examples as unknown[] | undefined) ?? []) walk(example, document, file.split('/').pop()!.replace('.yaml', ''));
    }
  }
  return notes;
}
