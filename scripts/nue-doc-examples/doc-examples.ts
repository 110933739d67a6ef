// The JSON examples printed in the docs, each with the spec schema it must satisfy: a request
// body example → the operation's request body schema, a response example → that response's
// schema, a schema's example → the component of that name.
import { isNoExample } from '../nue-reference/json-example.js';
import type { DocExample, NueReference } from '../nue-reference/model.js';
import { requestPath } from '../nue-reference/request-path.js';
import { examplesByStatus } from '../nue-reference/response-examples.js';
import type { Json, OpenApiDocument } from '../openapi/document.js';
import { escapePointer } from '../openapi/json-pointer.js';
import { findOperation, listOperations } from '../openapi/operations.js';

export interface DocExampleCheck {
  line: number;
  what: string;
  example: DocExample;
  /** undefined when the spec has no schema for it. */
  schemaPointer?: string;
}

// Unlike the importer, this keeps examples that do not parse: they are reported as failures.
const checked = (e: DocExample) => !isNoExample(e);

function mediaSchemaPointer(holder: Json | undefined, pointer: string): string | undefined {
  const content = (holder?.content ?? {}) as Record<string, Json>;
  const type = Object.keys(content).find((t) => content[t]!.schema !== undefined);
  return type ? `${pointer}/content/${escapePointer(type)}/schema` : undefined;
}

export function docExampleChecks(reference: NueReference, document: OpenApiDocument): DocExampleCheck[] {
  const operations = listOperations(document);
  const checks: DocExampleCheck[] = [];
  for (const doc of reference.operations) {
    const spec = findOperation(operations, doc.method, requestPath(doc));
    const base = spec ? `/paths/${escapePointer(spec.path)}/${spec.method}` : undefined;
    const label = `${doc.method} ${doc.docPath}`;
    for (const example of doc.bodyExamples.filter(checked)) {
      const pointer = base && spec ? mediaSchemaPointer(spec.operation.requestBody as Json | undefined, `${base}/requestBody`) : undefined;
      checks.push({ line: example.line, what: `${label} request body`, example, ...(pointer ? { schemaPointer: pointer } : {}) });
    }
    for (const [status, examples] of examplesByStatus(doc)) {
      const response = (spec?.operation.responses as Record<string, Json> | undefined)?.[status];
      const shared = typeof response?.$ref === 'string' ? response.$ref.slice(1) : undefined;
      const holder = shared ? ((document.components?.responses ?? {}) as Record<string, Json>)[shared.split('/').pop()!] : response;
      const pointer = base ? mediaSchemaPointer(holder, shared ?? `${base}/responses/${status}`) : undefined;
      for (const example of examples.filter(checked))
        checks.push({ line: example.line, what: `${label} ${status} response`, example, ...(pointer ? { schemaPointer: pointer } : {}) });
    }
  }
  const components = (document.components?.schemas ?? {}) as Record<string, Json>;
  for (const schema of reference.schemas) {
    if (!schema.example || !checked(schema.example)) continue;
    checks.push({
      line: schema.example.line,
      what: `schema ${schema.name}`,
      example: schema.example,
      ...(components[schema.name] ? { schemaPointer: `/components/schemas/${escapePointer(schema.name)}` } : {}),
    });
  }
  return checks;
}
