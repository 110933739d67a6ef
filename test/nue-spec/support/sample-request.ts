// A valid request for an operation of the bundled spec: every parameter (optional ones too)
// and the request body, sampled from their schemas; a parameter's own example wins.
import type { OpenApiDocument } from '../../../scripts/nue-docs/spec/bundle-spec.js';
import { operationEntries, operationParameters } from '../../../scripts/nue-docs/spec/load-operations.js';
import { deref, type Json } from '../../../scripts/nue-docs/spec/resolve-ref.js';
import { sampleValue } from './sample-value.js';

export interface SampledRequest {
  operationId: string;
  method: string;
  path: string;
  params: { path?: Record<string, unknown>; query?: Record<string, unknown>; header?: Record<string, unknown> };
  body?: unknown;
  /** The request body's media type, when there is a body. */
  mediaType?: string;
}

export function sampleRequests(document: OpenApiDocument): SampledRequest[] {
  const requests: SampledRequest[] = [];
  for (const entry of operationEntries(document)) {
    const { path, method, operation } = entry;
    const params: SampledRequest['params'] = {};
    const parameters = operationParameters(document, entry);
    for (const parameter of parameters) {
      const location = parameter.in as 'path' | 'query' | 'header';
      if (!['path', 'query', 'header'].includes(location)) continue;
      const value = 'example' in parameter ? parameter.example : sampleValue(document, parameter.schema as Json, { optionalDepth: 1 });
      params[location] = { ...params[location], [String(parameter.name)]: value };
    }
    const body = deref(document, operation.requestBody as Json | undefined);
    const [mediaType, media] = Object.entries((body?.content ?? {}) as Record<string, Json>)[0] ?? [];
    requests.push({
      operationId: String(operation.operationId),
      method: method.toUpperCase(),
      path,
      params,
      ...(media ? { body: sampleValue(document, media.schema as Json, { optionalDepth: 2 }), mediaType: mediaType! } : {}),
    });
  }
  return requests;
}

/** multipart/form-data parts from a sampled object: files stay Blobs, everything else is text. */
export function toFormData(body: unknown): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    form.append(name, value instanceof Blob ? value : typeof value === 'string' ? value : JSON.stringify(value));
  }
  return form;
}
