// What a client sends against the spec of its operation: each parameter the call gives (the
// values as the caller passed them, before serialisation; a JSON-encoded one against the schema
// of its `content`) and a JSON body. Parameters a client
// fills in itself (XOVI's key) are not in the call's params, so only given ones are checked and
// a missing required parameter is not a difference here.
import { checkValue } from './ajv-findings.js';
import type { Call } from './check-answer.js';
import { checkBody, type LocatedFinding } from './check-body.js';
import { type CallShape, type DriftReport, reportsOf } from './drift-report.js';
import { looksLikeFieldName, shapeOf } from './shape.js';
import type { CompiledSpec } from './spec/compiled-spec.js';
import { documentedMedia, findOperation, findRequestBody, isJsonMedia, operationParameters } from './spec/operation-lookup.js';
import { escapeSegment, type Located } from './spec/spec-document.js';
import { undocumentedOperation } from './undocumented-operation.js';

const PARAMETER_LOCATIONS = ['path', 'query', 'header'] as const;

export interface SentRequest {
  params: Partial<Record<(typeof PARAMETER_LOCATIONS)[number], Record<string, unknown>>>;
  /** The body as sent, when there is one. */
  body: { contentType: string | null; text: string } | undefined;
}

/**
 * Where the schema of a parameter's value is: its `schema`, or for a parameter given as `content`
 * (a value sent JSON-encoded, as Nue's `accountPoolIds`) the schema of its JSON media type, which
 * describes the value as the caller passes it, before encoding. Undefined when neither (a media
 * type that is not JSON says nothing a value can be checked against).
 */
function parameterSchema(parameter: Located): string | undefined {
  if (parameter.node.schema !== undefined) return `${parameter.pointer}/schema`;
  const media = documentedMedia(parameter).find((m) => isJsonMedia(m.mediaType));
  return media?.node.schema === undefined ? undefined : `${media.pointer}/schema`;
}

export function checkRequest(spec: CompiledSpec, call: Call, sent: SentRequest): DriftReport[] {
  const operation = findOperation(spec.document, call.method, call.path);
  const shape: CallShape = { ...call, api: spec.api, operationId: operation?.operationId, direction: 'request' };
  if (!operation) return undocumentedOperation(spec.document, shape);
  const parameters = operationParameters(spec.document, operation);
  const found: LocatedFinding[] = [];
  for (const location of PARAMETER_LOCATIONS) {
    const sameName = (name: string, other: unknown) => (location === 'header' ? String(other).toLowerCase() === name.toLowerCase() : other === name);
    for (const [name, value] of Object.entries(sent.params[location] ?? {})) {
      if (value === undefined) continue;
      const parameter = parameters.find((p) => p.node.in === location && sameName(name, p.node.name));
      // The spec's own name when it has the parameter; a name of the caller's only when it reads like one.
      const at = `/${parameter ? escapeSegment(String(parameter.node.name)) : looksLikeFieldName(name) ? name : '*'}`;
      if (!parameter) {
        const finding = {
          kind: 'unknown-property',
          pointer: at,
          expected: 'not a parameter of the operation',
          seen: shapeOf(value),
          specPointer: `${operation.pointer}/parameters`,
        } as const;
        found.push({ in: location, finding });
      } else {
        const schema = parameterSchema(parameter);
        if (schema === undefined) continue;
        for (const finding of checkValue(spec, schema, value)) found.push({ in: location, finding: { ...finding, pointer: `${at}${finding.pointer}` } });
      }
    }
  }
  const requestBody = findRequestBody(spec.document, operation);
  if (requestBody && sent.body) found.push(...checkBody(spec, requestBody, sent.body.contentType, { text: sent.body.text }));
  return reportsOf(shape, found);
}
