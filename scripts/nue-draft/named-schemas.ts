// The docs' named schemas as one JSON Schema each. 19 names are documented in two product
// areas with small differences; their definitions are merged into one schema that accepts
// what either area documents, kept in the folder of the area that documents the name first.
// The differences are returned so that the importer can print them for CURATION.md.
import type { AreaSlug, DocSchema } from '../nue-reference/model.js';
import { toRowTree } from '../nue-reference/row-tree.js';
import { curatedDescription } from './descriptions.js';
import { type Discriminator, oneOfVariants } from './discriminators.js';
import { objectShape, rowSchema, type SchemaContext } from './rows-to-schema.js';
import type { JsonSchema } from './type-schema.js';

export interface NamedSchema {
  name: string;
  /** Folder under components/schemas. */
  area: AreaSlug;
  definitions: DocSchema[];
  schema: JsonSchema;
  /** What the merge of several areas' definitions had to decide. */
  mergeNotes: string[];
}

export function buildNamedSchemas(schemas: DocSchema[], context: SchemaContext, discriminators: Map<string, Discriminator>): NamedSchema[] {
  const groups = new Map<string, DocSchema[]>();
  for (const schema of schemas) groups.set(schema.name, [...(groups.get(schema.name) ?? []), schema]);
  return [...groups].map(([name, definitions]) => {
    const built = definitions.map((d) => definitionSchema(d, context, discriminators));
    const { schema, notes } = mergeDefinitions(built, definitions);
    const examples = definitions.flatMap((d) => (d.example?.parses ? [d.example.value] : []));
    const uniqueExamples = [...new Map(examples.map((e) => [JSON.stringify(e), e])).values()];
    const discriminator = discriminators.get(name);
    const withExtras: JsonSchema = {
      ...schema,
      ...(discriminator ? { discriminator: { propertyName: discriminator.property, mapping: mappingRefs(discriminator, context), 'x-inferred': true } } : {}),
      ...(uniqueExamples.length > 0 ? { examples: uniqueExamples } : {}),
    };
    return { name, area: definitions[0]!.area, definitions, schema: withExtras, mergeNotes: notes };
  });
}

function mappingRefs(discriminator: Discriminator, context: SchemaContext): Record<string, string> {
  return Object.fromEntries(Object.entries(discriminator.mapping).map(([value, variant]) => [value, context.refTo(variant)]));
}

function definitionSchema(definition: DocSchema, context: SchemaContext, discriminators: Map<string, Discriminator>): JsonSchema {
  const local: SchemaContext = { ...context, enums: definition.enums };
  const description = curatedDescription(definition.description);
  let body: JsonSchema;
  if (definition.allOf) {
    body = {
      allOf: definition.allOf.parts.map((part) => {
        const [root] = toRowTree(part);
        // The part's own description repeats the base schema's description.
        const { description: _repeated, ...rest } = root ? rowSchema(root, local) : {};
        return rest;
      }),
    };
  } else {
    body = { type: 'object', ...objectShape(toRowTree(definition.properties), local) };
  }
  const variants = oneOfVariants(definition.name, discriminators);
  if (variants) body = withOneOfItems(body, variants, context);
  return { ...(description ? { description } : {}), ...body };
}

/** `[oneOf]` rows: the docs print no alternatives; they are the variants of the matching base. */
function withOneOfItems(schema: JsonSchema, variants: string[], context: SchemaContext): JsonSchema {
  const properties = schema.properties as Record<string, JsonSchema> | undefined;
  if (!properties) return schema;
  const next: Record<string, JsonSchema> = {};
  for (const [name, property] of Object.entries(properties)) {
    const items = property.items as JsonSchema | undefined;
    const unknownItems = property.type === 'array' && items !== undefined && Object.keys(items).length === 0;
    const alternatives = variants.map((v) => ({ $ref: context.refTo(v) }));
    const itemSchema = alternatives.length === 1 ? alternatives[0]! : { oneOf: alternatives };
    next[name] = unknownItems ? { ...property, items: itemSchema, 'x-inferred': true } : property;
  }
  return { ...schema, properties: next };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** One schema from several areas' definitions: properties united, required only where all agree. */
function mergeDefinitions(schemas: JsonSchema[], definitions: DocSchema[]): { schema: JsonSchema; notes: string[] } {
  let merged: JsonSchema = schemas[0]!;
  const notes: string[] = [];
  for (let index = 1; index < schemas.length; index++) {
    const other = schemas[index]!;
    const firstArea = definitions[0]!.area;
    const otherArea = definitions[index]!.area;
    const mine = (merged.properties ?? {}) as Record<string, JsonSchema>;
    const theirs = (other.properties ?? {}) as Record<string, JsonSchema>;
    const properties: Record<string, JsonSchema> = { ...mine };
    for (const [name, schema] of Object.entries(theirs)) {
      const existing = mine[name];
      if (!existing) {
        properties[name] = schema;
        notes.push(`\`${name}\` is documented in ${otherArea} only`);
      } else if (!same(existing, schema)) {
        const { format: formatA, ...restA } = existing;
        const { format: formatB, ...restB } = schema;
        if (same(restA, restB)) {
          properties[name] = { ...restA, 'x-inferred': true };
          notes.push(`\`${name}\` has format \`${String(formatA ?? formatB)}\` in ${formatA ? firstArea : otherArea} only; the merged schema has no format`);
        } else {
          notes.push(`\`${name}\` differs (${firstArea}: ${JSON.stringify(existing)}; ${otherArea}: ${JSON.stringify(schema)}); ${firstArea}'s is kept`);
        }
      }
    }
    for (const name of Object.keys(mine)) if (!(name in theirs)) notes.push(`\`${name}\` is documented in ${firstArea} only`);
    const requiredMine = (merged.required ?? []) as string[];
    const requiredTheirs = (other.required ?? []) as string[];
    const required = [
      ...requiredMine.filter((r) => requiredTheirs.includes(r) || !(r in theirs)),
      ...requiredTheirs.filter((r) => !requiredMine.includes(r) && !(r in mine)),
    ];
    const relaxed = [...requiredMine, ...requiredTheirs].filter((r) => !required.includes(r));
    if (relaxed.length > 0) notes.push(`${[...new Set(relaxed)].map((r) => `\`${r}\``).join(', ')} required in one area only; optional in the merged schema`);
    const { required: _r, properties: _p, description, ...rest } = merged;
    merged = {
      ...((description ?? other.description) ? { description: description ?? other.description } : {}),
      ...rest,
      ...(Object.keys(properties).length > 0 ? { properties } : {}),
      ...(required.length > 0 ? { required } : {}),
    };
  }
  return { schema: merged, notes };
}
