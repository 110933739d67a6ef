// Follows document-internal references (#/components/...) of a bundled spec.
import type { Json, OpenApiDocument } from './document.js';

export function resolveRef(document: OpenApiDocument, ref: string): Json {
  if (!ref.startsWith('#/')) throw new Error(`not a local reference: ${ref}`);
  let node: unknown = document;
  for (const part of ref.slice(2).split('/')) {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    node = (node as Json | undefined)?.[key];
  }
  if (node === undefined) throw new Error(`unresolved reference ${ref}`);
  return node as Json;
}

/** The object itself, or what its $ref points at (repeatedly; 20 hops at most, so a cycle ends). */
export function deref(document: OpenApiDocument, node: Json | undefined): Json | undefined {
  let current = node;
  for (let i = 0; current && typeof current.$ref === 'string' && i < 20; i++) current = resolveRef(document, current.$ref);
  return current;
}
