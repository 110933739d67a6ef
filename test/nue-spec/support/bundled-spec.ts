// The Nue spec as the tests use it: bundled from spec/nue by the same Redocly CLI and config as
// the build, into a temporary folder, so that no test depends on `npm run build`. The test run
// bundles once (test/global-setup.ts); tests read that bundle through `sharedNueSpec()`.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { bundleSpecToFile, type OpenApiDocument } from '../../../scripts/nue-docs/spec/bundle-spec.js';

export const nueRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../spec/nue/openapi.yaml');

export interface BundledSpec {
  file: string;
  document: OpenApiDocument;
  remove(): void;
}

export function bundleNueSpec(): BundledSpec {
  const folder = mkdtempSync(path.join(tmpdir(), 'nue-spec-test-'));
  const file = path.join(folder, 'nue.json');
  bundleSpecToFile(nueRoot, file);
  return { file, document: JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

/** The run's one bundle (made by test/global-setup.ts): its file and document. */
export function sharedNueSpec(): Omit<BundledSpec, 'remove'> {
  const file = inject('nueBundleFile');
  return { file, document: JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument };
}
