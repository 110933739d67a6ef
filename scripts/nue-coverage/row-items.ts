// The rows of a docs table against the spec object they describe: each row must be a property
// of that object, with the docs' type, required flag and enum values. Nested rows under an
// inline object are walked too. Used for request bodies (check-operations.ts) and named
// schemas (check-schemas.ts).
import type { EnumValue } from '../nue-reference/model.js';
import type { RowNode } from '../nue-reference/row-tree.js';
import type { Json, OpenApiDocument } from '../openapi/document.js';
import { objectOf, propertiesOf, requiredOf } from '../openapi/schema-navigation.js';
import { firstFinding } from './evidence.js';
import { type CoverageItem, item } from './items.js';
import { enumMismatch, requiredMismatch } from './property-match.js';
import { typeMismatch } from './type-match.js';

/** What a table's rows are checked against besides their types. */
export interface RowContext {
  /** The docs' "Enumerated Values" for the table. */
  enums: EnumValue[];
  /** Properties whose required flag the docs contradict elsewhere (a schema documented twice, CURATION.md A21). */
  requiredUnsettled?: Set<string>;
}

export function nestedRowItems(
  document: OpenApiDocument,
  nodes: RowNode[],
  schema: Json | undefined,
  prefix: string,
  source: (line: number) => string,
  context: RowContext,
): CoverageItem[] {
  const items: CoverageItem[] = [];
  const target = objectOf(document, schema);
  const properties = propertiesOf(document, target);
  const required = requiredOf(document, target);
  for (const node of nodes) {
    const key = `${prefix}.${node.row.name}`;
    if (node.row.name === 'additionalProperties') {
      items.push(item('schema properties', key, source(node.row.line), target?.additionalProperties === undefined ? 'no additionalProperties' : undefined));
      continue;
    }
    const property = properties[node.row.name];
    const settled = !context.requiredUnsettled?.has(key);
    const problem = !property
      ? 'missing'
      : firstFinding(
          typeMismatch(document, node.row.type, property),
          settled ? requiredMismatch(document, node.row.required, node.row.name, required, property) : undefined,
          enumMismatch(document, node.row.name, context.enums, property),
        );
    items.push(item('schema properties', key, source(node.row.line), problem));
    // Rows under a named type repeat that schema's table; only inline objects are walked.
    if (property && node.children.length > 0 && /^\[?object\]?$/.test(node.row.type))
      items.push(...nestedRowItems(document, node.children, property, key, source, context));
  }
  return items;
}
