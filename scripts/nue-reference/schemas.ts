// The "Schemas" section of a product area: per schema its name, an example (or `null`),
// an optional description, "Properties" with a table (or allOf parts joined by "and")
// and optional "Enumerated Values".
import { readEnumTable, startsEnumTable } from './enum-table.js';
import { isNoExample, looksLikeJson, toExample } from './json-example.js';
import type { DocSchema, ProductArea, TableRow } from './model.js';
import type { Paragraph } from './paragraphs.js';
import { readTable } from './read-table.js';
import { enumTableHeader, parsePropertyRow, propertyTableHeader } from './table-rows.js';

const schemaName = /^[A-Za-z][\w.-]*$/;
const allOfCaption = /^allOf( - discriminator: (\w+)\.(\w+))?$/;

function startsSchema(paragraphs: Paragraph[], index: number): boolean {
  const next = paragraphs[index + 1];
  return schemaName.test(paragraphs[index]!.text) && next !== undefined && looksLikeJson(next);
}

function isSchemaHeader(text: string): boolean {
  return (
    text === 'Properties' ||
    text === 'Enumerated Values' ||
    text === 'and' ||
    allOfCaption.test(text) ||
    text.startsWith(propertyTableHeader) ||
    text.startsWith(enumTableHeader)
  );
}

export function parseAreaSchemas(area: ProductArea, paragraphs: Paragraph[]): DocSchema[] {
  const schemas: DocSchema[] = [];
  const continuation = (ps: Paragraph[], i: number) => !isSchemaHeader(ps[i]!.text) && !startsSchema(ps, i);
  let index = paragraphs.findIndex((p) => p.text === 'Schemas') + 1;
  while (index < paragraphs.length) {
    if (!startsSchema(paragraphs, index))
      throw new Error(`line ${paragraphs[index]!.line}: expected a schema name, found "${paragraphs[index]!.text.slice(0, 60)}"`);
    const name = paragraphs[index]!;
    const schema: DocSchema = { area: area.slug, name: name.text, line: name.line, description: '', properties: [], enums: [], unparsed: [] };
    const example = toExample(paragraphs[index + 1]!);
    if (!isNoExample(example)) schema.example = example;
    index += 2;
    const description: string[] = [];
    while (index < paragraphs.length && !isSchemaHeader(paragraphs[index]!.text) && !startsSchema(paragraphs, index)) {
      description.push(paragraphs[index]!.text);
      index++;
    }
    schema.description = description.join('\n\n');
    while (index < paragraphs.length && !startsSchema(paragraphs, index)) {
      const text = paragraphs[index]!.text;
      const allOf = allOfCaption.exec(text);
      if (text === 'Properties' || text === 'and') {
        index++;
      } else if (allOf) {
        schema.allOf = { line: paragraphs[index]!.line, parts: [], ...(allOf[2] ? { discriminator: { schema: allOf[2], property: allOf[3]! } } : {}) };
        index++;
      } else if (text.startsWith(propertyTableHeader)) {
        const table = readTable<TableRow>(paragraphs, index, parsePropertyRow, continuation);
        if (schema.allOf) schema.allOf.parts.push(table.rows);
        else schema.properties.push(...table.rows);
        schema.unparsed.push(...table.orphans);
        index = table.next;
      } else if (startsEnumTable(paragraphs, index)) {
        const rows = schema.allOf ? schema.allOf.parts.flat() : schema.properties;
        schema.enums.push(
          ...readEnumTable(
            paragraphs[index + 1]!,
            rows.map((r) => r.name),
          ),
        );
        index += 2;
      } else {
        schema.unparsed.push(...paragraphs[index]!.lines);
        index++;
      }
    }
    schemas.push(schema);
  }
  return schemas;
}
