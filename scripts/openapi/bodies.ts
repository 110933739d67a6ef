// Request and response bodies of an operation. The spec tools read one media type per body:
// the first one listed, which for every API here is the only one (or JSON before the others).
import type { Json, OpenApiDocument } from './document.js';
import { deref } from './resolve-ref.js';

export interface BodyMedia {
  mediaType: string;
  /** The Media Type object: `schema`, `example`, `examples`. */
  media: Json;
}

/** The first media type of a request body or response (`content`), if it has any. */
export function firstMedia(holder: Json | undefined): BodyMedia | undefined {
  const [entry] = Object.entries((holder?.content ?? {}) as Record<string, Json>);
  return entry ? { mediaType: entry[0], media: entry[1] } : undefined;
}

/** The schema of that first media type, `$ref` resolved. */
export function mediaSchema(document: OpenApiDocument, holder: Json | undefined): Json | undefined {
  return deref(document, firstMedia(holder)?.media.schema as Json | undefined);
}

/** The operation's request body, `$ref` resolved. */
export function requestBody(document: OpenApiDocument, operation: Json): Json | undefined {
  return deref(document, operation.requestBody as Json | undefined);
}

/** The first 2xx response, or `default` when there is none, `$ref` resolved. */
export function successResponse(document: OpenApiDocument, operation: Json): Json | undefined {
  const responses = (operation.responses ?? {}) as Record<string, Json>;
  const status =
    Object.keys(responses)
      .sort()
      .find((s) => s.startsWith('2')) ?? (responses.default ? 'default' : undefined);
  return status ? deref(document, responses[status]) : undefined;
}
