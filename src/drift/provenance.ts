// Where the spec's statement at a place came from, as the curation marks it (spec/EXTENSIONS.md):
// `x-inferred` (concluded from an example or a convention: the likely culprit when an answer
// disagrees), `x-evidence` (public material beyond the docs, with its id), or else the vendor
// docs. The innermost mark on the way from the document's root to the place counts.
import { type Json, pointerSegments, type SpecDocument } from '../validate/spec/spec-document.js';

export type Provenance = { source: 'inferred' } | { source: 'evidence'; evidence: string } | { source: 'docs' };

export function provenanceAt(document: SpecDocument, pointer: string): Provenance {
  let found: Provenance = { source: 'docs' };
  let node: unknown = document;
  for (const segment of ['', ...pointerSegments(pointer)]) {
    // The check below has made sure that `node` is an object before a step into it.
    if (segment !== '') node = (node as Json)[segment];
    if (typeof node !== 'object' || node === null) break;
    const marks = node as Json;
    const evidence = (marks['x-evidence'] as Json | undefined)?.id;
    if (marks['x-inferred'] === true) found = { source: 'inferred' };
    else if (typeof evidence === 'string') found = { source: 'evidence', evidence };
  }
  return found;
}
