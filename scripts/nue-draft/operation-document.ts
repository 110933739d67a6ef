// One documented operation as an OpenAPI Operation object. References are written in
// document-internal form (#/components/...); write-draft.ts turns them into relative file refs.
import { parseDocType } from '../nue-reference/doc-type.js';
import { hasValue } from '../nue-reference/json-example.js';
import type { DocExample, DocOperation, DocResponse, TableRow } from '../nue-reference/model.js';
import { referenceFileName } from '../nue-reference/parse-reference.js';
import { exampleValue } from '../nue-reference/repair-example.js';
import { examplesByStatus } from '../nue-reference/response-examples.js';
import { toRowTree } from '../nue-reference/row-tree.js';
import { curatedDescription } from './descriptions.js';
import { schemaFromExamples } from './example-schema.js';
import type { FittedRow } from './path-templates.js';
import { rowSchema, type SchemaContext } from './rows-to-schema.js';
import { baseSchema, type JsonSchema } from './type-schema.js';

export interface OperationContext extends SchemaContext {
  areaTitle: string;
  tagName: string;
  /** Shared parameter component for a documented parameter row, if one is shared. */
  sharedParameter: (row: TableRow, operation: DocOperation) => string | undefined;
  /** Shared response component for a documented response, if one is shared. */
  sharedResponse: (response: DocResponse) => string | undefined;
  /** The component used when an operation documents no 4xx response at all. */
  fallback4xx: { status: string; component: string };
}

/** JSON is what Nue answers (Introduction: "returns JSON-encoded responses"), whatever Accept the samples send. */
const responseMediaType = 'application/json';

export function operationDocument(operation: DocOperation, operationId: string, context: OperationContext): JsonSchema {
  const summary = operation.heading ?? operation.description;
  const description = operation.heading ? curatedDescription(operation.description) : undefined;
  const parameters = operation.parameters.filter((p) => p.in !== 'body' && p.depth === 0).map((row) => parameterDocument(row, operation, context));
  const body = requestBodyDocument(operation, context);
  return {
    operationId,
    summary,
    ...(description ? { description } : {}),
    tags: [context.tagName],
    'x-doc-source': { file: referenceFileName, line: operation.methodLine, section: `${context.areaTitle} › ${operation.tag} › ${summary}` },
    ...securityOverride(operation),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(body ? { requestBody: body } : {}),
    responses: responsesDocument(operation, context),
  };
}

/**
 * The API-wide security applies unless the samples show otherwise: the token endpoints send no
 * Authorization header; of them, those that carry the tenant's apiAccessKey (as a header or in
 * the body) are secured by it alone, the others by nothing.
 */
function securityOverride(operation: DocOperation): JsonSchema {
  const hasAuthorization = operation.codeSample.headers.some(([name]) => name === 'Authorization');
  if (hasAuthorization || !operation.docPath.startsWith('/auth/')) return {};
  const sendsKey = operation.codeSample.headers.some(([name]) => name === 'apiAccessKey');
  const bodyType = operation.parameters.find((p) => p.in === 'body' && p.depth === 0)?.type;
  const bodyCarriesKey = bodyType === 'TokenVerificationRequest';
  return { security: sendsKey || bodyCarriesKey ? [{ apiAccessKey: [] }] : [] };
}

function parameterDocument(row: TableRow, operation: DocOperation, context: OperationContext): JsonSchema {
  const shared = context.sharedParameter(row, operation);
  if (shared) return { $ref: shared };
  return parameterObject(row, operation.parameterEnums, context);
}

export function parameterObject(row: FittedRow, enums: DocOperation['parameterEnums'], context: SchemaContext): JsonSchema {
  const [node] = toRowTree([row]);
  const { description: _inSchema, ...schema } = rowSchema(node!, { ...context, enums });
  const description = curatedDescription(row.description);
  return {
    name: row.name,
    in: row.in,
    ...(description ? { description } : {}),
    required: row.in === 'path' ? true : row.required,
    ...(row.docName ? { 'x-doc-name': row.docName } : {}),
    ...(row.docIn ? { 'x-doc-in': row.docIn, 'x-inferred': true } : {}),
    schema,
  };
}

function requestBodyDocument(operation: DocOperation, context: OperationContext): JsonSchema | undefined {
  const bodyRows = operation.parameters.filter((p) => p.in === 'body');
  const root = toRowTree(bodyRows)[0];
  if (!root) return undefined;
  const isMultipart = root.children.some((c) => c.row.type === 'string(binary)');
  const contentType = isMultipart ? 'multipart/form-data' : (operation.codeSample.headers.find(([name]) => name === 'Content-Type')?.[1] ?? 'application/json');
  const { description: _inSchema, ...schema } = rowSchema(root, { ...context, enums: operation.parameterEnums });
  const description = curatedDescription(root.row.description);
  return {
    ...(description ? { description } : {}),
    required: root.row.required,
    content: { [contentType]: { schema, ...examplesDocument(operation.bodyExamples) } },
  };
}

function examplesDocument(examples: DocExample[]): JsonSchema {
  const usable = examples.filter(hasValue).map((e) => ({ ...e, value: exampleValue(e) }));
  if (usable.length === 0) return {};
  if (usable.length === 1 && !usable[0]!.title) return { example: usable[0]!.value };
  return {
    examples: Object.fromEntries(usable.map((e, i) => [exampleKey(e.title, i), { ...(e.title ? { summary: e.title } : {}), value: e.value }])),
  };
}

function exampleKey(title: string | undefined, index: number): string {
  const words = (title ?? '')
    .replace(/[^\w\s]/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0) return `example${index + 1}`;
  return words.map((w, i) => (i === 0 ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase())).join('');
}

function responsesDocument(operation: DocOperation, context: OperationContext): JsonSchema {
  const examples = examplesByStatus(operation);
  const responses: JsonSchema = {};
  for (const response of operation.responses) {
    const shared = context.sharedResponse(response);
    if (shared && !examples.get(response.status)?.some(hasValue)) {
      responses[response.status] = { $ref: shared };
      continue;
    }
    const schema = responseSchema(operation, response, examples.get(response.status) ?? [], context);
    responses[response.status] = {
      description: response.description || response.meaning,
      ...(schema ? { content: { [responseMediaType]: { schema, ...examplesDocument(examples.get(response.status) ?? []) } } } : {}),
    };
  }
  if (!operation.responses.some((r) => r.status.startsWith('4'))) responses[context.fallback4xx.status] = { $ref: context.fallback4xx.component };
  return responses;
}

function responseSchema(operation: DocOperation, response: DocResponse, examples: DocExample[], context: OperationContext): JsonSchema | undefined {
  const shown = examples.filter(hasValue).map(exampleValue);
  // "None" says the table names no schema; where the docs still print a body, it has one.
  if (response.schema === 'None') return shown.length > 0 ? { ...schemaFromExamples(shown), 'x-inferred': true } : undefined;
  if (response.schema !== 'Inline') return baseSchema(parseDocType(response.schema), context.refTo);
  const table = operation.responseSchemas.find((t) => t.status === response.status);
  const root = table ? toRowTree(table.rows)[0] : undefined;
  if (root) {
    const { description: _d, ...schema } = rowSchema(root, { ...context, enums: table!.enums });
    return schema;
  }
  // "Inline" without a table: the docs say there is a body and nothing about it, except
  // what an example shows.
  if (shown.length > 0) return { ...schemaFromExamples(shown), 'x-inferred': true };
  return {};
}
