// 85 schema names are referenced by operations or schemas but have no entry in any "Schemas"
// section. Each still becomes a named component, so that every reference resolves and users
// get the name the docs use: its properties are read off the docs' example for it where there
// is one, and the whole schema is marked `x-inferred`.
import { isNamedSchema, parseDocType } from '../nue-reference/doc-type.js';
import { hasValue } from '../nue-reference/json-example.js';
import type { AreaSlug, DocExample, NueReference } from '../nue-reference/model.js';
import { examplesByStatus } from '../nue-reference/response-examples.js';
import { schemaFromExamples } from './example-schema.js';
import type { JsonSchema } from './type-schema.js';

export interface UndocumentedSchema {
  name: string;
  area: AreaSlug;
  /** Line of the first reference. */
  line: number;
  example?: DocExample;
  schema: JsonSchema;
}

interface Reference {
  name: string;
  area: AreaSlug;
  line: number;
  examples: DocExample[];
}

function references(reference: NueReference): Reference[] {
  const found: Reference[] = [];
  const named = (type: string) => {
    const parsed = parseDocType(type);
    return isNamedSchema(parsed.base) && parsed.base !== 'Inline' && parsed.base !== 'None' ? parsed.base : undefined;
  };
  for (const operation of reference.operations) {
    for (const row of operation.parameters) {
      const name = named(row.type);
      if (name) found.push({ name, area: operation.area, line: row.line, examples: row.in === 'body' && row.depth === 0 ? operation.bodyExamples : [] });
    }
    const byStatus = examplesByStatus(operation);
    for (const response of operation.responses) {
      const name = named(response.schema);
      if (!name) continue;
      const examples = byStatus.get(response.status) ?? [];
      found.push({ name, area: operation.area, line: response.line, examples });
    }
    for (const table of operation.responseSchemas)
      for (const row of table.rows) {
        const name = named(row.type);
        if (name) found.push({ name, area: operation.area, line: row.line, examples: [] });
      }
  }
  for (const schema of reference.schemas) {
    for (const row of [...schema.properties, ...(schema.allOf?.parts.flat() ?? [])]) {
      const name = named(row.type);
      if (name) found.push({ name, area: schema.area, line: row.line, examples: [] });
    }
  }
  return found;
}

export function findUndocumentedSchemas(reference: NueReference): UndocumentedSchema[] {
  const documented = new Set(reference.schemas.map((s) => s.name));
  const byName = new Map<string, Reference[]>();
  for (const ref of references(reference)) {
    if (documented.has(ref.name)) continue;
    byName.set(ref.name, [...(byName.get(ref.name) ?? []), ref]);
  }
  return [...byName].map(([name, refs]) => {
    const first = refs[0]!;
    const examples = refs.flatMap((r) => r.examples).filter(hasValue);
    const example = examples[0];
    const inferred = example ? schemaFromExamples(examples.map((e) => e.value)) : { type: 'object' };
    const lines = [...new Set(examples.map((e) => e.line))].join(', ');
    const where = example
      ? `its properties are read off the docs' example${examples.length > 1 ? 's' : ''} at line ${lines}`
      : 'the docs show no example of it either';
    return {
      name,
      area: first.area,
      line: first.line,
      ...(example ? { example } : {}),
      schema: {
        description: `Referenced by the docs (first at line ${first.line}) but not described in them; ${where}.`,
        'x-inferred': true,
        ...inferred,
      },
    };
  });
}
