// A split spec as one document: `redocly bundle` (the same tool and config that build the
// shipped bundle) into a file, read back as JSON. The spec tools and the tests bundle here, so
// that nothing depends on `npm run build` having run.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { OpenApiDocument } from './document.js';
import { runRedocly } from './run-redocly.js';

/** A bundle in a temporary folder, for tools that need a file (Prism); `remove` deletes it. */
export interface BundledSpec {
  file: string;
  document: OpenApiDocument;
  remove(): void;
}

export function bundleSpecToFile(rootFile: string, output: string): void {
  runRedocly(['bundle', path.resolve(rootFile), '--output', output, '--ext', 'json']);
}

export function readBundle(file: string): OpenApiDocument {
  return JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument;
}

export function bundleToTemporaryFile(rootFile: string): BundledSpec {
  const folder = mkdtempSync(path.join(tmpdir(), 'creditline-bundle-'));
  const remove = () => rmSync(folder, { recursive: true, force: true });
  try {
    const file = path.join(folder, 'bundle.json');
    bundleSpecToFile(rootFile, file);
    return { file, document: readBundle(file), remove };
  } catch (error) {
    remove();
    throw error;
  }
}

/** Bundles `rootFile` (or reads it when it is already a bundled .json) and returns the document. */
export function bundleSpec(rootFile: string): OpenApiDocument {
  if (rootFile.endsWith('.json')) return readBundle(rootFile);
  const bundled = bundleToTemporaryFile(rootFile);
  bundled.remove();
  return bundled.document;
}
