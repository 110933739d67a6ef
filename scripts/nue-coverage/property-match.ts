// Does a spec property say what the docs' table row says, beyond its type: is it required
// exactly when the row says so, and does it list exactly the "Enumerated Values" the docs give
// for its name? A deviation the spec marks `x-inferred` is accepted (CURATION.md explains it);
// one it marks `x-evidence` is accepted and reported as such (evidence.ts).
import type { EnumValue } from '../nue-reference/model.js';
import type { Json, OpenApiDocument } from '../openapi/document.js';
import { withoutNull } from '../openapi/schema-navigation.js';
import { type Finding, onEvidence } from './evidence.js';

export function requiredMismatch(document: OpenApiDocument, documented: boolean, name: string, required: Set<string>, property: Json): Finding {
  if (required.has(name) === documented || property['x-inferred'] === true) return undefined;
  return onEvidence(document, documented ? 'required in the docs, optional in the spec' : 'optional in the docs, required in the spec', property);
}

/** The enum of a property, or of its items for an array. */
function enumOf(property: Json): unknown[] | undefined {
  const plain = withoutNull(property);
  const items = withoutNull(plain?.items as Json | undefined);
  return (plain?.enum ?? items?.enum) as unknown[] | undefined;
}

export function enumMismatch(document: OpenApiDocument, name: string, enums: EnumValue[], property: Json): Finding {
  const documented = [...new Set(enums.filter((e) => e.property === name).map((e) => e.value))].sort();
  if (documented.length === 0 || property['x-inferred'] === true) return undefined;
  const inSpec = [...new Set((enumOf(property) ?? []).map(String))].sort();
  const missing = documented.filter((value) => !inSpec.includes(value));
  const extra = inSpec.filter((value) => !documented.includes(value));
  if (missing.length === 0 && extra.length === 0) return undefined;
  return onEvidence(
    document,
    `enum differs from the docs${missing.length ? `; missing ${missing.join(', ')}` : ''}${extra.length ? `; not in the docs ${extra.join(', ')}` : ''}`,
    property,
  );
}
