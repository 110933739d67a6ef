// A body against the media types a Response or Request Body documents: is its type one of them,
// and does JSON fit the schema. A holder that documents no media type is not looked into:
// redirects and error pages carry bodies nobody documents.
import { checkValue } from './ajv-findings.js';
import type { DriftLocation, Finding } from './drift-report.js';
import type { CompiledSpec } from './spec/compiled-spec.js';
import { documentedMedia, isJsonMedia, matchMedia, mediaTypeEssence, type SpecMedia } from './spec/operation-lookup.js';
import type { Located } from './spec/spec-document.js';

/** The body as text ('' for none), or already parsed (an ApiError's JSON body). */
export type Body = { text: string } | { parsed: unknown };

export interface LocatedFinding {
  in: DriftLocation;
  finding: Finding;
}

/**
 * `contentType`: the Content-Type header, null when there is none, undefined when it is not known
 * (an ApiError keeps the body, not the headers; then a parsed body stands for JSON).
 */
export function checkBody(spec: CompiledSpec, holder: Located, contentType: string | null | undefined, body: Body): LocatedFinding[] {
  const media = documentedMedia(holder);
  if (media.length === 0) return [];
  const wrongType = (seen: string): LocatedFinding[] => [
    {
      in: 'content-type',
      finding: { kind: 'content-type', pointer: '', expected: media.map((m) => m.mediaType).join(' or '), seen, specPointer: `${holder.pointer}/content` },
    },
  ];
  if ('text' in body && body.text === '') return wrongType('no body');
  let chosen: SpecMedia | undefined;
  if (contentType === undefined)
    chosen = 'parsed' in body ? media.find((m) => isJsonMedia(m.mediaType)) : (media.find((m) => !isJsonMedia(m.mediaType)) ?? media[0]);
  else {
    chosen = contentType === null ? undefined : matchMedia(media, contentType);
    if (!chosen) return wrongType(contentType === null ? 'no content type' : describeMediaType(contentType));
  }
  if (!chosen || !isJsonMedia(chosen.mediaType) || chosen.node.schema === undefined) return [];
  const value = 'parsed' in body ? body.parsed : parseJson(body.text);
  if (value === NOT_JSON)
    return [
      { in: 'body', finding: { kind: 'not-json', pointer: '', expected: chosen.mediaType, seen: 'a body that is not JSON', specPointer: chosen.pointer } },
    ];
  return checkValue(spec, `${chosen.pointer}/schema`, value).map((finding) => ({ in: 'body', finding }));
}

const NOT_JSON = Symbol('not JSON');

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return NOT_JSON;
  }
}

/** A media type as a report may name it: its essence when it looks like one, never a header's whole text. */
function describeMediaType(contentType: string): string {
  const essence = mediaTypeEssence(contentType);
  return /^[a-z0-9!#$&^_.+-]{1,64}\/[a-z0-9!#$&^_.+-]{1,64}$/.test(essence) ? essence : 'a malformed content type';
}
