// Every API of redocly.yaml as one self-contained file each, dist/openapi/<api>.json and .yaml,
// the form users feed to other tools (`npm run generate` writes them). Redocly's library bundles
// each API once (redocly.ts), to the JSON `redocly bundle --ext json` writes; the YAML is the same
// document written as YAML. The tests bundle into a folder of their own (`folder`), so that they
// never depend on a build having run.
import path from 'node:path';
import { stringify } from 'yaml';
import { repoRoot } from '../repo-root.js';
import { runBundleCommand } from './bundle-spec.js';
import type { OpenApiDocument } from './document.js';
import type { RedoclyProject } from './redocly.js';
import { bundleFolder, bundlePath } from './redocly-apis.js';
import { writeIfChanged } from './write-if-changed.js';

/** An API's bundle as written to dist/openapi: the document, as read back from its JSON. */
export interface ApiBundle {
  api: string;
  document: OpenApiDocument;
  /** What Redocly warned about while bundling (it still bundles). */
  warnings: string[];
}

/** Bundles one API and writes `<folder>/<api>.json` and `.yaml`. */
export async function bundleApi(project: RedoclyProject, api: string, folder = bundleFolder): Promise<ApiBundle> {
  const entry = project.apis.find((a) => a.name === api);
  if (!entry) throw new Error(`redocly.yaml has no api "${api}"`);
  // Loaded here: `bundleAll`'s callers (the tests' setup) do not need the library in their process.
  const { apiRootFile, bundleSpecText } = await import('./redocly.js');
  const { json, warnings } = await bundleSpecText(project, apiRootFile(project, entry));
  // Read back from the text, so that every step sees exactly what the file holds.
  const document = JSON.parse(json) as OpenApiDocument;
  writeBundleFiles(api, json, document, folder);
  return { api, document, warnings };
}

/**
 * Writes an API's bundle as `<folder>/<api>.json` (Redocly's text) and `.yaml` (the same
 * document); returns the files that changed.
 */
export function writeBundleFiles(api: string, json: string, document: OpenApiDocument, folder = bundleFolder): string[] {
  const files = [
    [bundlePath(api, 'json', folder), json],
    [bundlePath(api, 'yaml', folder), stringify(document, { lineWidth: 0 })],
  ] as const;
  return files.filter(([file, text]) => writeIfChanged(file, text)).map(([file]) => file);
}

/** Every API of the project, in redocly.yaml's order; `print` gets a line per API. */
export async function bundleApis(project: RedoclyProject, folder = bundleFolder, print: (line: string) => void = console.log): Promise<ApiBundle[]> {
  const bundles: ApiBundle[] = [];
  for (const api of project.apis) {
    const bundled = await bundleApi(project, api.name, folder);
    for (const warning of bundled.warnings) print(`${api.name}: ${warning}`);
    bundles.push(bundled);
    print(`bundled ${api.name} → ${shown(folder)}/${api.name}.{json,yaml}`);
  }
  return bundles;
}

const shown = (folder: string) => (folder.startsWith(repoRoot) ? path.relative(repoRoot, folder) : folder);

/**
 * `bundleApis` for callers that cannot wait for a promise (the test setup): the same code in one
 * child process (`scripts/bundle.ts --out <folder>`), for every API at once.
 */
export function bundleAll(folder = bundleFolder): void {
  process.stdout.write(runBundleCommand(['--out', folder]));
}
