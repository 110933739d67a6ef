// The split spec as one document: `redocly bundle` (the same tool and config that build the
// shipped bundle) into a temporary file, read back as JSON. Nothing depends on `npm run build`.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runRedocly } from '../../lib/run-redocly.js';

export type OpenApiDocument = Record<string, unknown> & {
  paths: Record<string, Record<string, unknown>>;
  components?: Record<string, Record<string, unknown>>;
};

/** Bundles `rootFile` (or reads it when it is already a bundled .json) and returns the document. */
export function bundleSpec(rootFile: string): OpenApiDocument {
  if (rootFile.endsWith('.json')) return JSON.parse(readFileSync(rootFile, 'utf8')) as OpenApiDocument;
  const folder = mkdtempSync(path.join(tmpdir(), 'nue-bundle-'));
  try {
    const output = path.join(folder, 'bundle.json');
    bundleSpecToFile(rootFile, output);
    return JSON.parse(readFileSync(output, 'utf8')) as OpenApiDocument;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Writes the bundle to a file of the caller's choosing (for tools that need a file, like Prism). */
export function bundleSpecToFile(rootFile: string, output: string): void {
  runRedocly(['bundle', path.resolve(rootFile), '--output', output, '--ext', 'json']);
}
