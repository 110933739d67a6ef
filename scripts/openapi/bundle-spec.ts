// A split spec as one document, bundled by Redocly's library (redocly.ts) with this repository's
// redocly.yaml. The spec tools and the tests bundle here, so that nothing depends on
// `npm run generate` having run. `bundleSpecFile` bundles in this process; the synchronous
// functions, for callers that cannot wait for a promise (the tests' setup, the draft importer),
// run the same code in one child process, `scripts/bundle.ts`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '../repo-root.js';
import type { OpenApiDocument } from './document.js';

/** A bundle in a temporary folder, for tools that need a file (Prism); `remove` deletes it. */
export interface BundledSpec {
  file: string;
  document: OpenApiDocument;
  remove(): void;
}

/** `bundleSpec` in this process: bundles `rootFile` (or reads a bundled .json) with this repository's redocly.yaml. */
export async function bundleSpecFile(rootFile: string): Promise<OpenApiDocument> {
  if (rootFile.endsWith('.json')) return readBundle(rootFile);
  // Loaded here, not above: the library takes a while to load, and a bundle read from a file or
  // made in a child process does not need it.
  const { bundleSpecText, loadRedoclyProject } = await import('./redocly.js');
  const { json } = await bundleSpecText(await loadRedoclyProject(), rootFile);
  return JSON.parse(json) as OpenApiDocument;
}

/** Runs `scripts/bundle.ts <args>` (TypeScript through tsx) and returns what it printed. */
export function runBundleCommand(args: string[]): string {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'scripts', 'bundle.ts'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error(`scripts/bundle.ts ${args.join(' ')} exited with ${result.status}`);
  }
  return result.stdout;
}

export function readBundle(file: string): OpenApiDocument {
  return JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument;
}

export function bundleToTemporaryFile(rootFile: string): BundledSpec {
  const folder = mkdtempSync(path.join(tmpdir(), 'creditline-bundle-'));
  const remove = () => rmSync(folder, { recursive: true, force: true });
  try {
    const file = path.join(folder, 'bundle.json');
    runBundleCommand([path.resolve(rootFile), '--output', file]);
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
