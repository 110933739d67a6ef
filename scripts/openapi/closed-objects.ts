// A copy of a bundled document in which objects accept only the properties they declare, as
// Redocly's example validation treats them: an example with a property the schema does not
// list is a disagreement between example and table, not a valid example. Maps (schemas with
// additionalProperties) stay open, and so do the bases that allOf variants extend.
import type { Json, OpenApiDocument } from './document.js';

function allOfTargets(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => allOfTargets(n, found));
  else if (node && typeof node === 'object') {
    const object = node as Json;
    for (const part of (object.allOf ?? []) as Json[]) if (typeof part.$ref === 'string') found.add(part.$ref);
    Object.values(object).forEach((v) => allOfTargets(v, found));
  }
  return found;
}

export function closeObjects(document: OpenApiDocument): OpenApiDocument {
  const copy = structuredClone(document);
  const open = allOfTargets(copy);
  const close = (node: unknown, key?: string): void => {
    if (Array.isArray(node)) {
      // The parts of an allOf are checked together by the schema that holds them.
      if (key !== 'allOf') node.forEach((n) => close(n));
      else node.forEach((n) => close(n, 'allOfPart'));
      return;
    }
    if (!node || typeof node !== 'object') return;
    const schema = node as Json;
    const declares = schema.properties !== undefined || schema.allOf !== undefined;
    if (declares && key !== 'allOfPart' && schema.additionalProperties === undefined && schema.unevaluatedProperties === undefined)
      schema.unevaluatedProperties = false;
    for (const [k, v] of Object.entries(schema)) {
      if (k === 'example' || k === 'examples') continue;
      if (k === 'properties' && v && typeof v === 'object') Object.values(v as Json).forEach((p) => close(p));
      else close(v, k);
    }
  };
  for (const [name, schema] of Object.entries((copy.components?.schemas ?? {}) as Record<string, Json>)) {
    if (open.has(`#/components/schemas/${name}`)) {
      // Still close what it nests, just not its own top level.
      Object.values((schema.properties ?? {}) as Json).forEach((p) => close(p));
    } else close(schema);
  }
  for (const [k, v] of Object.entries(copy)) if (k !== 'components') close(v, k);
  for (const [k, v] of Object.entries(copy.components ?? {})) if (k !== 'schemas') close(v, k);
  return copy;
}
