// The list of APIs lives in one place, redocly.yaml; every script reads it from here so that
// adding an API there is enough for lint, bundle, generate and docs. Also where each API's
// bundle goes (`npm run generate` writes it).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../repo-root.js';

export interface ApiEntry {
  name: string;
  /** Root file of the hand-curated spec, relative to the repo root. */
  root: string;
  /** Where openapi-typescript writes the types, relative to the repo root. */
  typesOutput: string;
}

interface RedoclyApiConfig {
  root?: string;
  'x-openapi-ts'?: { output?: string };
}

/** The APIs of `redocly.yaml` in `root` (this repository's, or a copy of it at another commit). */
export function readApis(root = repoRoot): ApiEntry[] {
  const config = parse(readFileSync(path.join(root, 'redocly.yaml'), 'utf8')) as {
    apis?: Record<string, RedoclyApiConfig>;
  };
  return Object.entries(config.apis ?? {}).map(([name, api]) => {
    const root = api.root;
    const typesOutput = api['x-openapi-ts']?.output;
    if (!root || !typesOutput) {
      throw new Error(`redocly.yaml: api "${name}" needs both root and x-openapi-ts.output`);
    }
    return { name, root, typesOutput };
  });
}

/** The root file of one API's spec, relative to the repo root (the tools' default spec). */
export function apiRoot(name: string): string {
  const api = readApis().find((a) => a.name === name);
  if (!api) throw new Error(`redocly.yaml has no api "${name}"`);
  return api.root;
}

/** Where `npm run generate` writes the bundles: the folder the package ships as `creditline/openapi/*`. */
export const bundleFolder = path.join(repoRoot, 'dist', 'openapi');

/** Where `npm run generate` writes an API's bundle (or where it goes in another `folder`). */
export function bundlePath(api: string, extension: 'json' | 'yaml', folder = bundleFolder): string {
  return path.join(folder, `${api}.${extension}`);
}
