// Finding what the spec says about one call: the operation of a method and path template, the
// response that covers a status (exact, then `4XX`-style range, then `default`), the media type
// that covers a content type, and the parameters in effect. Every result carries its JSON
// pointer, which becomes a report's `specPointer`.
import { escapeSegment, follow, type Json, type Located, type SpecDocument } from './spec-document.js';

export interface SpecOperation extends Located {
  operationId: string | undefined;
  /** The Path Item, for its path-level parameters. */
  item: Located;
}

export function findOperation(document: SpecDocument, method: string, pathTemplate: string): SpecOperation | undefined {
  const item = document.paths[pathTemplate];
  const operation = item?.[method.toLowerCase()];
  if (!item || !operation || typeof operation !== 'object') return undefined;
  const itemPointer = `/paths/${escapeSegment(pathTemplate)}`;
  const operationId = (operation as Json).operationId;
  return {
    node: operation as Json,
    pointer: `${itemPointer}/${method.toLowerCase()}`,
    operationId: typeof operationId === 'string' ? operationId : undefined,
    item: { node: item, pointer: itemPointer },
  };
}

/** The statuses the operation documents, as the spec writes them (`200`, `4XX`, `default`). */
export function documentedStatuses(operation: SpecOperation): string[] {
  return Object.keys((operation.node.responses ?? {}) as Json);
}

export function findResponse(document: SpecDocument, operation: SpecOperation, status: number): Located | undefined {
  const responses = (operation.node.responses ?? {}) as Record<string, Json>;
  const range = `${Math.floor(status / 100)}XX`;
  const key = [String(status), range, range.toLowerCase(), 'default'].find((candidate) => responses[candidate]);
  return key === undefined ? undefined : follow(document, { node: responses[key]!, pointer: `${operation.pointer}/responses/${escapeSegment(key)}` });
}

/** A Media Type object of a `content` map, with its media type. */
export interface SpecMedia extends Located {
  mediaType: string;
}

/** The media types a Response or Request Body documents (none: the spec says nothing about a body). */
export function documentedMedia(holder: Located): SpecMedia[] {
  const content = (holder.node.content ?? {}) as Record<string, Json>;
  return Object.entries(content).map(([mediaType, node]) => ({ mediaType, node, pointer: `${holder.pointer}/content/${escapeSegment(mediaType)}` }));
}

/** `application/json; charset=utf-8` → `application/json`. */
export function mediaTypeEssence(contentType: string): string {
  return contentType.split(';')[0]!.trim().toLowerCase();
}

/** The documented media type that covers a content type: the same, `type/*` or `*\/*`. */
export function matchMedia(media: SpecMedia[], contentType: string): SpecMedia | undefined {
  const essence = mediaTypeEssence(contentType);
  const [type] = essence.split('/');
  return (
    media.find((m) => mediaTypeEssence(m.mediaType) === essence) ??
    media.find((m) => mediaTypeEssence(m.mediaType) === `${type}/*`) ??
    media.find((m) => m.mediaType === '*/*')
  );
}

/** JSON media types: `application/json` and any `+json` type. Others (XML, text) are checked for their type only. */
export function isJsonMedia(mediaType: string): boolean {
  const essence = mediaTypeEssence(mediaType);
  return essence === 'application/json' || essence.endsWith('+json');
}

/** The parameters in effect for the operation (path-level ones unless the operation redefines them), `$ref`s followed. */
export function operationParameters(document: SpecDocument, operation: SpecOperation): Located[] {
  const listed = (holder: Located) =>
    ((holder.node.parameters ?? []) as Json[]).map((node, index) => follow(document, { node, pointer: `${holder.pointer}/parameters/${index}` }));
  const own = listed(operation);
  const key = (parameter: Located) => `${String(parameter.node.in)} ${String(parameter.node.name)}`;
  const redefined = new Set(own.map(key));
  return [...listed(operation.item).filter((parameter) => !redefined.has(key(parameter))), ...own];
}

export function findRequestBody(document: SpecDocument, operation: SpecOperation): Located | undefined {
  const body = operation.node.requestBody as Json | undefined;
  return body ? follow(document, { node: body, pointer: `${operation.pointer}/requestBody` }) : undefined;
}
