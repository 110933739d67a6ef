// A table of `»`-nested rows as a JSON Schema object. Rows under an `object` (or `[object]`)
// are its properties; an `additionalProperties` row is the map's value type (widdershins
// prints maps that way, and `property1`/`property2` in examples); rows under a named schema
// repeat that schema's own table and are not needed because the $ref carries them.
import { isNamedSchema, parseDocType } from '../nue-reference/doc-type.js';
import type { EnumValue } from '../nue-reference/model.js';
import type { RowNode } from '../nue-reference/row-tree.js';
import { curatedDescription } from './descriptions.js';
import { baseSchema, type JsonSchema, type RefTo } from './type-schema.js';

export interface SchemaContext {
  refTo: RefTo;
  /** Descriptions of named schemas: a property that only repeats its target's description drops it. */
  schemaDescription: (name: string) => string | undefined;
  enums: EnumValue[];
}

/** The schema of one row (a property, a parameter or a body), including its nested rows. */
export function rowSchema(node: RowNode, context: SchemaContext): JsonSchema {
  const parsed = parseDocType(node.row.type);
  let item = baseSchema(parsed, context.refTo);
  if (parsed.base === 'object' && node.children.length > 0) item = { ...item, ...objectShape(node.children, context, node.row.description) };
  const values = context.enums.filter((e) => e.property === node.row.name).map((e) => e.value);
  if (values.length > 0 && !isNamedSchema(parsed.base)) item = { ...item, enum: [...new Set(values)].map((v) => enumValue(v, parsed.base)) };
  let schema: JsonSchema = parsed.array ? { type: 'array', items: item } : item;
  const description = curatedDescription(node.row.description);
  const repeatsTarget = isNamedSchema(parsed.base) && description === curatedDescription(context.schemaDescription(parsed.base));
  if (description && !repeatsTarget) schema = { description, ...schema };
  return schema;
}

/** `properties`, `required` and `additionalProperties` from the rows of one object level. */
export function objectShape(children: RowNode[], context: SchemaContext, parentDescription?: string): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  let additionalProperties: JsonSchema | undefined;
  for (const child of children) {
    if (child.row.name === 'additionalProperties') {
      // `additionalProperties object` is how the generator prints Java's Map<String, Object>:
      // values of any JSON type (the docs' examples show strings and numbers in such maps).
      const anyValue = child.row.type === 'object' && child.children.length === 0;
      // The map's value row often repeats the map's own description.
      const { description, ...value } = anyValue ? { description: curatedDescription(child.row.description) } : rowSchema(child, context);
      additionalProperties = description === undefined || description === curatedDescription(parentDescription) ? value : { description, ...value };
      continue;
    }
    properties[child.row.name] = rowSchema(child, context);
    if (child.row.required) required.push(child.row.name);
  }
  return {
    ...(Object.keys(properties).length > 0 ? { properties } : {}),
    ...(required.length > 0 ? { required } : {}),
    ...(additionalProperties ? { additionalProperties } : {}),
  };
}

function enumValue(value: string, base: string): string | number | boolean {
  if (base === 'integer' || base === 'number') return Number(value);
  if (base === 'boolean') return value === 'true';
  return value;
}
