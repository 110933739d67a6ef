// The JSON examples printed in the docs, each with the spec schema it must satisfy: a request
// body example → the operation's request body schema, a response example → that response's
// schema, a schema's example → the component of that name.
import { requestPath } from '../draft/request-path.js';
import { repairExample } from '../draft/repair-example.js';
import { examplesByStatus } from '../draft/response-examples.js';
import type { DocExample, NueReference } from '../model.js';
import { findSpecOperation } from '../coverage/check-operations.js';
import type { OpenApiDocument } from '../spec/bundle-spec.js';
import { listOperations } from '../spec/load-operations.js';
import type { Json } from '../spec/resolve-ref.js';
import { escapePointer } from './spec-validator.js';

export interface DocExampleCheck {
  line: number;
  what: string;
  example: DocExample;
  /** undefined when the spec has no schema for it. */
  schemaPointer?: string;
}

const usable = (e: DocExample) => !(e.parses && e.value === null);

function mediaSchemaPointer(holder: Json | undefined, pointer: string): string | undefined {
  const content = (holder?.content ?? {}) as Record<string, Json>;
  const type = Object.keys(content).find((t) => content[t]!.schema !== undefined);
  return type ? `${pointer}/content/${escapePointer(type)}/schema` : undefined;
}

export function docExampleChecks(reference: NueReference, document: OpenApiDocument): DocExampleCheck[] {
  const operations = listOperations(document);
  const checks: DocExampleCheck[] = [];
  for (const doc of reference.operations) {
    const spec = findSpecOperation(operations, doc.method, requestPath(doc));
    const base = spec ? `/paths/${escapePointer(spec.path)}/${spec.method}` : undefined;
    const label = `${doc.method} ${doc.docPath}`;
    for (const example of doc.bodyExamples.filter(usable)) {
      const pointer = base && spec ? mediaSchemaPointer(spec.operation.requestBody as Json | undefined, `${base}/requestBody`) : undefined;
      checks.push({ line: example.line, what: `${label} request body`, example, ...(pointer ? { schemaPointer: pointer } : {}) });
    }
    for (const [status, examples] of examplesByStatus(doc)) {
      const response = (spec?.operation.responses as Record<string, Json> | undefined)?.[status];
      const shared = typeof response?.$ref === 'string' ? response.$ref.slice(1) : undefined;
      const holder = shared ? ((document.components?.responses ?? {}) as Record<string, Json>)[shared.split('/').pop()!] : response;
      const pointer = base ? mediaSchemaPointer(holder, shared ?? `${base}/responses/${status}`) : undefined;
      for (const example of examples.filter(usable)) checks.push({ line: example.line, what: `${label} ${status} response`, example, ...(pointer ? { schemaPointer: pointer } : {}) });
    }
  }
  const components = (document.components?.schemas ?? {}) as Record<string, Json>;
  for (const schema of reference.schemas) {
    if (!schema.example || !usable(schema.example)) continue;
    checks.push({ line: schema.example.line, what: `schema ${schema.name}`, example: schema.example, ...(components[schema.name] ? { schemaPointer: `/components/schemas/${escapePointer(schema.name)}` } : {}) });
  }
  return checks;
}

/** The value to validate: as printed, or the object a printed JSON text spells (see repair-example.ts). */
export function exampleValue(example: DocExample): unknown {
  return repairExample(example.value).value;
}
