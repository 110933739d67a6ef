// What `npm run bundle` does: every API of redocly.yaml as one self-contained file each,
// dist/openapi/<api>.json and .yaml, the form users feed to other tools. Redocly's library bundles
// each API once (redocly.ts), to the JSON `redocly bundle --ext json` writes; the YAML is the same
// document written as YAML. The package test bundles into a folder of its own (`folder`), so that
// it never depends on a build having run.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { runBundleCommand } from './bundle-spec.js';
import type { OpenApiDocument } from './document.js';
import type { RedoclyProject } from './redocly.js';
import { bundleFolder, bundlePath, repoRoot } from './redocly-apis.js';

/** An API's bundle as written to dist/openapi: the document, as read back from its JSON. */
export interface ApiBundle {
  api: string;
  document: OpenApiDocument;
  /** The files it was bundled from (for `npm run dev`, which rebuilds an API when one changes). */
  files: string[];
  /** What Redocly warned about while bundling (it still bundles). */
  warnings: string[];
}

/** Bundles one API and writes `<folder>/<api>.json` and `.yaml`. */
export async function bundleApi(project: RedoclyProject, api: string, folder = bundleFolder): Promise<ApiBundle> {
  const entry = project.apis.find((a) => a.name === api);
  if (!entry) throw new Error(`redocly.yaml has no api "${api}"`);
  // Loaded here: `bundleAll`'s callers (the tests' setup) do not need the library in their process.
  const { apiRootFile, bundleSpecText } = await import('./redocly.js');
  const { json, warnings, files } = await bundleSpecText(project, apiRootFile(project, entry));
  // Read back from the text, so that every step sees exactly what the file holds.
  const document = JSON.parse(json) as OpenApiDocument;
  writeBundleFiles(api, json, document, folder);
  return { api, document, files, warnings };
}

/** Writes an API's bundle as `<folder>/<api>.json` (Redocly's text) and `.yaml` (the same document). */
export function writeBundleFiles(api: string, json: string, document: OpenApiDocument, folder = bundleFolder): void {
  mkdirSync(folder, { recursive: true });
  writeFileSync(bundlePath(api, 'json', folder), json);
  writeFileSync(bundlePath(api, 'yaml', folder), stringify(document, { lineWidth: 0 }));
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
