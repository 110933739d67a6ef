// A valid request for an operation of the bundled spec: every parameter (optional ones too)
// and the request body, sampled from their schemas; a parameter's own example wins. A parameter
// given as JSON `content` (scripts/openapi/json-content-parameter.ts) is sampled from that
// media type's example or schema: the typed client takes that value (generated/ types it so),
// and on the wire it is JSON-encoded, as the media type says. These are the contract test's
// requests; the docs' samples (sample-call.ts) take fewer values from the same pieces.
import { firstMedia, requestBody } from '../openapi/bodies.js';
import type { Json, OpenApiDocument } from '../openapi/document.js';
import { jsonContent } from '../openapi/json-content-parameter.js';
import { operationEntries } from '../openapi/operations.js';
import { operationParameters } from '../openapi/parameters.js';
import { type SampleOptions, sampleValue } from './sample-value.js';

export interface SampledRequest {
  operationId: string;
  method: string;
  path: string;
  /** As they go on the wire: JSON `content` parameters JSON-encoded (openapi-fetch sends a string as it is). */
  params: { path?: Record<string, unknown>; query?: Record<string, unknown>; header?: Record<string, unknown> };
  body?: unknown;
  /** The request body's media type, when there is a body. */
  mediaType?: string;
}

/** A parameter's value as the typed client takes it (or as it is sent): its example, else one sampled from its schema. */
function parameterValue(document: OpenApiDocument, parameter: Json, options: SampleOptions, onTheWire: boolean): unknown {
  const content = jsonContent(parameter)?.media;
  const withExample = [parameter, content].find((holder) => holder !== undefined && 'example' in holder);
  const value = withExample ? withExample.example : sampleValue(document, (content ?? parameter).schema as Json, options);
  return content && onTheWire ? JSON.stringify(value) : value;
}

/**
 * Values for parameters, grouped by location as openapi-fetch's `params` takes them: typed
 * values, or with `onTheWire` the values a plain client must send (JSON `content` encoded).
 */
export function sampleParameters(
  document: OpenApiDocument,
  parameters: Json[],
  options: SampleOptions,
  { onTheWire = false } = {},
): Record<string, Record<string, unknown>> {
  const params: Record<string, Record<string, unknown>> = {};
  for (const parameter of parameters) {
    const location = String(parameter.in);
    params[location] = { ...params[location], [String(parameter.name)]: parameterValue(document, parameter, options, onTheWire) };
  }
  return params;
}

export function sampleRequests(document: OpenApiDocument): SampledRequest[] {
  return operationEntries(document).map((entry) => {
    const { path, method, operation } = entry;
    const parameters = operationParameters(document, entry).filter((p) => ['path', 'query', 'header'].includes(String(p.in)));
    const body = firstMedia(requestBody(document, operation));
    return {
      operationId: String(operation.operationId),
      method: method.toUpperCase(),
      path,
      params: sampleParameters(document, parameters, { optionalDepth: 1 }, { onTheWire: true }),
      ...(body ? { body: sampleValue(document, body.media.schema as Json, { optionalDepth: 2 }), mediaType: body.mediaType } : {}),
    };
  });
}

/** multipart/form-data parts from a sampled object: files stay Blobs, everything else is text. */
export function toFormData(body: unknown): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    form.append(name, value instanceof Blob ? value : typeof value === 'string' ? value : JSON.stringify(value));
  }
  return form;
}
