// Differences from the docs that the spec accepts on evidence: where public material (a vendor
// guide page, public code) says otherwise than the docs, the curation follows it and marks the
// element `x-evidence: { id, sources }` (spec/EXTENSIONS.md; the API's CURATION.md explains each
// id). Coverage counts such an element as found, as it does one marked `x-inferred`, but keeps the
// difference and the evidence id, so that the report lists it: a source, unlike an inference,
// can be wrong in a way the docs would show.
import type { Json, OpenApiDocument } from '../openapi/document.js';
import { resolveRef } from '../openapi/resolve-ref.js';
import { withoutNull } from '../openapi/schema-navigation.js';

export interface Evidence {
  id: string;
  sources: string[];
}

/** A difference from the docs, accepted on the evidence the spec names. */
export interface Deviation {
  reason: string;
  evidence: Evidence;
}

/** What a check says of one documented thing: undefined (as documented), a miss (why), or an accepted deviation. */
export type Finding = string | Deviation | undefined;

/** The `x-evidence` of a spec element, or of the schema it `$ref`s to (through nullable wrappers). */
export function evidenceOf(document: OpenApiDocument, element: Json | undefined): Evidence | undefined {
  let node = withoutNull(element);
  for (let hops = 0; node && hops < 20; hops++) {
    const evidence = node['x-evidence'] as Json | undefined;
    if (typeof evidence?.id === 'string') return { id: evidence.id, sources: (evidence.sources ?? []) as string[] };
    node = typeof node.$ref === 'string' ? withoutNull(resolveRef(document, node.$ref)) : undefined;
  }
  return undefined;
}

/** A miss becomes an accepted deviation when one of the elements carries evidence. */
export function onEvidence(document: OpenApiDocument, finding: Finding, ...elements: (Json | undefined)[]): Finding {
  if (typeof finding !== 'string') return finding;
  const evidence = elements.map((element) => evidenceOf(document, element)).find((e) => e !== undefined);
  return evidence ? { reason: finding, evidence } : finding;
}

/** The first miss among the findings of one element, else the first accepted deviation. */
export function firstFinding(...findings: Finding[]): Finding {
  return findings.find((f) => typeof f === 'string') ?? findings.find((f) => f !== undefined);
}
