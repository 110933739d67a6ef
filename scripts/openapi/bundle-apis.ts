// What `npm run bundle` does: every API of redocly.yaml as one self-contained file each,
// dist/openapi/<api>.json and .yaml, the form users feed to other tools. Redocly bundles once
// per API (to JSON); the YAML is the same document written as YAML. The package test bundles into
// a folder of its own (`folder`), so that it never depends on a build having run.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { bundleSpecToFile, readBundle } from './bundle-spec.js';
import { bundleFolder, bundlePath, readApis, repoRoot } from './redocly-apis.js';

export function bundleAll(folder = bundleFolder): void {
  mkdirSync(folder, { recursive: true });
  for (const api of readApis()) {
    const json = bundlePath(api.name, 'json', folder);
    bundleSpecToFile(path.join(repoRoot, api.root), json);
    writeFileSync(bundlePath(api.name, 'yaml', folder), stringify(readBundle(json), { lineWidth: 0 }));
    console.log(`bundled ${api.name} → ${folder.startsWith(repoRoot) ? path.relative(repoRoot, folder) : folder}/${api.name}.{json,yaml}`);
  }
}
