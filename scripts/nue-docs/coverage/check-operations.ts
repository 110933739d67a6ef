// Operations, their parameters, request-body properties and response codes: documented in the
// reference versus present in the bundled spec. An operation is matched by method and by the
// request path of its curl sample (placeholder names aside, since the spec may rename one and
// record the docs' name in x-doc-name).
import { requestPath } from '../draft/request-path.js';
import { toRowTree, type RowNode } from '../draft/rows-to-schema.js';
import type { DocOperation, EnumValue, NueReference } from '../model.js';
import type { OpenApiDocument } from '../spec/bundle-spec.js';
import { listOperations, operationParameters, type SpecOperation } from '../spec/load-operations.js';
import { deref, type Json } from '../spec/resolve-ref.js';
import { item, type CoverageItem } from './items.js';
import { objectOf, propertiesOf } from './spec-schemas.js';
import { enumMismatch, requiredMismatch, requiredOf } from './property-match.js';
import { typeMismatch } from './type-match.js';

export const shapeOf = (path: string) => path.replace(/\{[^}]+\}/g, '{}');

export function findSpecOperation(operations: SpecOperation[], method: string, path: string): SpecOperation | undefined {
  return operations.find((o) => o.method === method.toLowerCase() && shapeOf(o.path) === shapeOf(path));
}

function parameterProblem(row: DocOperation['parameters'][number], parameters: Json[]): string | undefined {
  const match = parameters.find((p) => (p['x-doc-name'] ?? p.name) === row.name && (p['x-doc-in'] ?? p.in) === row.in);
  if (!match) return `no ${row.in} parameter "${row.name}"`;
  const required = row.in === 'path' ? true : row.required;
  if (match.required !== required && !(match.required === undefined && !required)) return `required is ${String(match.required)}, the docs say ${String(required)}`;
  return typeMismatch(row.type, match.schema as Json | undefined);
}

function bodyMedia(document: OpenApiDocument, operation: Json): Json | undefined {
  const body = deref(document, operation.requestBody as Json | undefined);
  return Object.values((body?.content ?? {}) as Record<string, Json>)[0];
}

/** What a table's rows are checked against besides their types. */
export interface RowContext {
  /** The docs' "Enumerated Values" for the table. */
  enums: EnumValue[];
  /** Properties whose required flag the docs contradict elsewhere (a schema documented twice, CURATION.md A21). */
  requiredUnsettled?: Set<string>;
}

/** Rows nested under an inline body or property: each must be a property of the spec's object, with its type, required flag and enum. */
export function nestedRowItems(document: OpenApiDocument, nodes: RowNode[], schema: Json | undefined, prefix: string, source: (line: number) => string, context: RowContext): CoverageItem[] {
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
      : (typeMismatch(node.row.type, property) ??
        (settled ? requiredMismatch(node.row.required, node.row.name, required, property) : undefined) ??
        enumMismatch(node.row.name, context.enums, property));
    items.push(item('schema properties', key, source(node.row.line), problem));
    // Rows under a named type repeat that schema's table; only inline objects are walked.
    if (property && node.children.length > 0 && /^\[?object\]?$/.test(node.row.type)) items.push(...nestedRowItems(document, node.children, property, key, source, context));
  }
  return items;
}

export function checkOperations(reference: NueReference, document: OpenApiDocument, fileName: string): CoverageItem[] {
  const operations = listOperations(document);
  const items: CoverageItem[] = [];
  for (const doc of reference.operations) {
    const path = requestPath(doc);
    const key = `${doc.method} ${path}`;
    const source = (line: number) => `${fileName}:${line}`;
    const spec = findSpecOperation(operations, doc.method, path);
    items.push(item('operations', key, source(doc.methodLine), spec ? undefined : 'no such operation'));
    const parameters = spec ? operationParameters(document, spec) : [];
    for (const row of doc.parameters.filter((p) => p.depth === 0)) {
      const label = `${key} ${row.in} ${row.name}`;
      if (!spec) {
        items.push(item('parameters', label, source(row.line), 'operation missing'));
        continue;
      }
      if (row.in === 'body') {
        const body = deref(document, spec.operation.requestBody as Json | undefined);
        const media = bodyMedia(document, spec.operation);
        const problem = !body ? 'no request body' : Boolean(body.required) !== row.required ? `request body required is ${String(Boolean(body.required))}` : typeMismatch(row.type, media?.schema as Json | undefined);
        items.push(item('parameters', label, source(row.line), problem));
        const root = toRowTree(doc.parameters.filter((p) => p.in === 'body'))[0];
        if (root && root.children.length > 0) items.push(...nestedRowItems(document, root.children, media?.schema as Json | undefined, `${key} body`, source, { enums: doc.parameterEnums }));
      } else {
        items.push(item('parameters', label, source(row.line), parameterProblem(row, parameters)));
      }
    }
    const responses = (spec?.operation.responses ?? {}) as Record<string, Json>;
    for (const response of doc.responses) {
      items.push(item('response codes', `${key} ${response.status}`, source(response.line), responses[response.status] ? undefined : 'no such response'));
    }
  }
  return items;
}
