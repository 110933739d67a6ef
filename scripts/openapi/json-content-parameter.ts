// A parameter given as `content` instead of `schema`: OpenAPI's way to say that a value is
// serialised by a media type, e.g. a query parameter that carries a JSON-encoded array
// (`accountPoolIds=%5B%22pool-1%22%5D`). Its value is described by that media type's schema.
import type { BodyMedia } from './bodies.js';
import type { Json } from './document.js';

const jsonMediaType = /^application\/(?:[\w.-]+\+)?json$/;

/** The media type of a parameter serialised as JSON (`content: { application/json: … }`), if it is one. */
export function jsonContent(parameter: Json): BodyMedia | undefined {
  const entries = Object.entries((parameter.content ?? {}) as Record<string, Json>);
  const [mediaType, media] = entries.find(([type]) => jsonMediaType.test(type.split(';')[0]!.trim())) ?? [];
  return mediaType && media ? { mediaType, media } : undefined;
}
