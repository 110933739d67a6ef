// The one request that both samples of an operation make (the TypeScript call and curl): what a
// user must send and nothing more. The required parameters, sampled from their schemas (a
// parameter's example wins), without those the client fills in with the key; where that leaves
// a location whose parameters were required (XOVI's query form: `key` required, `format` not),
// its optional ones stand in, since the types still ask for that location. And the request
// body when the operation has one, with its required properties. A multipart body shows its
// required parts, or its first part when none is required: a file upload without a file says
// nothing.
import { firstMedia, requestBody } from '../openapi/bodies.js';
import type { Json, OpenApiDocument } from '../openapi/document.js';
import type { OperationEntry } from '../openapi/operations.js';
import { operationParameters } from '../openapi/parameters.js';
import { deref } from '../openapi/resolve-ref.js';
import type { SampleClient } from './clients.js';
import { sampleParameters } from './sample-request.js';
import { sampleValue } from './sample-value.js';

export interface SampleCall {
  method: string;
  path: string;
  /** The parameters sent, `$ref`s resolved, the key parameters included (curl sends the key there). */
  parameters: Json[];
  /** Their values as the typed client takes them, by location, without the key parameters. */
  params: Record<string, Record<string, unknown>>;
  /** The same values as they go on the wire (JSON `content` parameters JSON-encoded). */
  wireParams: Record<string, Record<string, unknown>>;
  /** Binary parts of a multipart body are Blobs. */
  body?: { mediaType: string; value: unknown };
}

export function sampleCall(document: OpenApiDocument, entry: OperationEntry, client: SampleClient): SampleCall {
  const all = operationParameters(document, entry);
  const isKey = (p: Json) => client.keyParameters.includes(String(p.name));
  const keyOnly = new Set(all.filter((p) => p.required === true && isKey(p)).map((p) => p.in));
  for (const p of all) if (p.required === true && !isKey(p)) keyOnly.delete(p.in);
  const parameters = all.filter((p) => p.required === true || (keyOnly.has(p.in) && !isKey(p)));
  const sampled = parameters.filter((p) => !isKey(p));
  const options = { optionalDepth: 0 };
  const body = firstMedia(requestBody(document, entry.operation));
  return {
    method: entry.method.toUpperCase(),
    path: entry.path,
    parameters,
    params: sampleParameters(document, sampled, options),
    wireParams: sampleParameters(document, sampled, options, { onTheWire: true }),
    ...(body ? { body: { mediaType: body.mediaType, value: bodyValue(document, body.mediaType, body.media.schema as Json | undefined) } } : {}),
  };
}

function bodyValue(document: OpenApiDocument, mediaType: string, schema: Json | undefined): unknown {
  const value = sampleValue(document, schema, { optionalDepth: 0 });
  const resolved = deref(document, schema);
  if (mediaType !== 'multipart/form-data' || !resolved?.properties || Object.keys(value as object).length > 0) return value;
  const [first] = Object.keys(resolved.properties as Json);
  return sampleValue(document, { ...resolved, required: first ? [first] : [] }, { optionalDepth: 0 });
}
