// The Nue spec as the tests use it: bundled from the root redocly.yaml names, by the same
// helper as the spec tools (scripts/openapi/bundle-spec.ts), into a temporary folder, so that
// no test depends on `npm run build`. The test run bundles once (test/global-setup.ts); tests
// read that bundle through `sharedNueSpec()`.
import path from 'node:path';
import { inject } from 'vitest';
import { type BundledSpec, bundleToTemporaryFile, readBundle } from '../../../scripts/openapi/bundle-spec.js';
import { apiRoot } from '../../../scripts/openapi/redocly-apis.js';
import { repoRoot } from '../../../scripts/repo-root.js';

/**
 * How many operations the Nue spec has. Pinned, so that an operation lost by accident fails the
 * tests; the curation that adds or removes operations changes it here, once.
 */
export const nueOperationCount = 215;

export function bundleNueSpec(): BundledSpec {
  return bundleToTemporaryFile(path.join(repoRoot, apiRoot('nue')));
}

/** The run's one bundle (made by test/global-setup.ts): its file and document. */
export function sharedNueSpec(): Omit<BundledSpec, 'remove'> {
  const file = inject('nueBundleFile');
  return { file, document: readBundle(file) };
}
