// Operations, their parameters, request-body properties and response codes: documented in the
// reference versus present in the bundled spec. An operation is matched by method and by the
// request path of its curl sample (placeholder names aside, since the spec may rename one and
// record the docs' name in x-doc-name). A difference the parameter or request body (or the
// schema it `$ref`s to) accepts with `x-evidence` counts as found and is listed (evidence.ts).
import type { DocOperation, NueReference } from '../nue-reference/model.js';
import { requestPath } from '../nue-reference/request-path.js';
import { toRowTree } from '../nue-reference/row-tree.js';
import { firstMedia, requestBody } from '../openapi/bodies.js';
import type { Json, OpenApiDocument } from '../openapi/document.js';
import { findOperation, listOperations } from '../openapi/operations.js';
import { operationParameters } from '../openapi/parameters.js';
import { type Finding, onEvidence } from './evidence.js';
import { type CoverageItem, item } from './items.js';
import { nestedRowItems } from './row-items.js';
import { typeMismatch } from './type-match.js';

function parameterProblem(document: OpenApiDocument, row: DocOperation['parameters'][number], parameters: Json[]): Finding {
  const match = parameters.find((p) => (p['x-doc-name'] ?? p.name) === row.name && (p['x-doc-in'] ?? p.in) === row.in);
  if (!match) return `no ${row.in} parameter "${row.name}"`;
  const required = row.in === 'path' ? true : row.required;
  const requiredDiffers = match.required !== required && !(match.required === undefined && !required);
  const problem = requiredDiffers
    ? `required is ${String(match.required)}, the docs say ${String(required)}`
    : typeMismatch(document, row.type, match.schema as Json | undefined);
  return onEvidence(document, problem, match);
}

export function checkOperations(reference: NueReference, document: OpenApiDocument, fileName: string): CoverageItem[] {
  const operations = listOperations(document);
  const items: CoverageItem[] = [];
  for (const doc of reference.operations) {
    const path = requestPath(doc);
    const key = `${doc.method} ${path}`;
    const source = (line: number) => `${fileName}:${line}`;
    const spec = findOperation(operations, doc.method, path);
    items.push(item('operations', key, source(doc.methodLine), spec ? undefined : 'no such operation'));
    const parameters = spec ? operationParameters(document, spec) : [];
    for (const row of doc.parameters.filter((p) => p.depth === 0)) {
      const label = `${key} ${row.in} ${row.name}`;
      if (!spec) {
        items.push(item('parameters', label, source(row.line), 'operation missing'));
        continue;
      }
      if (row.in === 'body') {
        const body = requestBody(document, spec.operation);
        const schema = firstMedia(body)?.media.schema as Json | undefined;
        const problem = !body
          ? 'no request body'
          : Boolean(body.required) !== row.required
            ? `request body required is ${String(Boolean(body.required))}`
            : typeMismatch(document, row.type, schema);
        items.push(item('parameters', label, source(row.line), onEvidence(document, problem, body)));
        const root = toRowTree(doc.parameters.filter((p) => p.in === 'body'))[0];
        if (root && root.children.length > 0)
          items.push(...nestedRowItems(document, root.children, schema, `${key} body`, source, { enums: doc.parameterEnums }));
      } else {
        items.push(item('parameters', label, source(row.line), parameterProblem(document, row, parameters)));
      }
    }
    const responses = (spec?.operation.responses ?? {}) as Record<string, Json>;
    for (const response of doc.responses) {
      items.push(item('response codes', `${key} ${response.status}`, source(response.line), responses[response.status] ? undefined : 'no such response'));
    }
  }
  return items;
}
