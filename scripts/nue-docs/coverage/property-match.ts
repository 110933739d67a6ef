// Does a spec property say what the docs' table row says, beyond its type: is it required
// exactly when the row says so, and does it list exactly the "Enumerated Values" the docs give
// for its name? A deviation the spec marks `x-inferred` is accepted (CURATION.md explains it).
import type { EnumValue } from '../model.js';
import type { OpenApiDocument } from '../spec/bundle-spec.js';
import type { Json } from '../spec/resolve-ref.js';
import { valueSchema, withoutNull } from './spec-schemas.js';

/** Names the object (or any of its allOf parts) lists as required. */
export function requiredOf(document: OpenApiDocument, schema: Json | undefined, depth = 0): Set<string> {
  const resolved = valueSchema(document, schema);
  if (!resolved || depth > 10) return new Set();
  const own = (resolved.required ?? []) as string[];
  const parts = ((resolved.allOf ?? []) as Json[]).flatMap((part) => [...requiredOf(document, part, depth + 1)]);
  return new Set([...own, ...parts]);
}

export function requiredMismatch(documented: boolean, name: string, required: Set<string>, property: Json): string | undefined {
  if (required.has(name) === documented || property['x-inferred'] === true) return undefined;
  return documented ? 'required in the docs, optional in the spec' : 'optional in the docs, required in the spec';
}

/** The enum of a property, or of its items for an array. */
function enumOf(property: Json): unknown[] | undefined {
  const plain = withoutNull(property);
  const items = withoutNull(plain?.items as Json | undefined);
  return (plain?.enum ?? items?.enum) as unknown[] | undefined;
}

export function enumMismatch(name: string, enums: EnumValue[], property: Json): string | undefined {
  const documented = [...new Set(enums.filter((e) => e.property === name).map((e) => e.value))].sort();
  if (documented.length === 0 || property['x-inferred'] === true) return undefined;
  const inSpec = [...new Set((enumOf(property) ?? []).map(String))].sort();
  const missing = documented.filter((value) => !inSpec.includes(value));
  const extra = inSpec.filter((value) => !documented.includes(value));
  if (missing.length === 0 && extra.length === 0) return undefined;
  return `enum differs from the docs${missing.length ? `; missing ${missing.join(', ')}` : ''}${extra.length ? `; not in the docs ${extra.join(', ')}` : ''}`;
}
