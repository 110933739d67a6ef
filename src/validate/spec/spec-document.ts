// The validation spec as plain data (generated/<api>.validation.ts): a bundled OpenAPI 3.1
// document whose `$ref`s are all local, and JSON pointers (RFC 6901) into it, which is how reports
// name places in the spec.

export type Json = Record<string, unknown>;

export interface SpecDocument extends Json {
  paths: Record<string, Json>;
  components?: Record<string, Json>;
}

/** One segment as a pointer needs it: `/` and `~` escaped (`/orders/{id}` → `~1orders~1{id}`). */
export function escapeSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function pointerSegments(pointer: string): string[] {
  return pointer === ''
    ? []
    : pointer
        .slice(1)
        .split('/')
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The value a pointer names, or undefined. */
export function atPointer(document: unknown, pointer: string): unknown {
  let node = document;
  for (const segment of pointerSegments(pointer)) node = node && typeof node === 'object' ? (node as Json)[segment] : undefined;
  return node;
}

/** A node and where it is; a `$ref` is followed (repeatedly, 20 hops at most) and the place is then the target's. */
export interface Located {
  node: Json;
  pointer: string;
}

export function follow(document: SpecDocument, located: Located): Located {
  let current = located;
  for (let hop = 0; hop < 20 && typeof current.node.$ref === 'string' && current.node.$ref.startsWith('#'); hop++) {
    const pointer = current.node.$ref.slice(1);
    const node = atPointer(document, pointer);
    if (!node || typeof node !== 'object') break;
    current = { node: node as Json, pointer };
  }
  return current;
}
