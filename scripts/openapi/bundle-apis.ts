// What `npm run bundle` does: every API of redocly.yaml as one self-contained file each,
// dist/openapi/<api>.json and .yaml, the form users feed to other tools. Redocly bundles once
// per API (to JSON); the YAML is the same document written as YAML.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { bundleSpecToFile, readBundle } from './bundle-spec.js';
import { bundlePath, readApis, repoRoot } from './redocly-apis.js';

export function bundleAll(): void {
  for (const api of readApis()) {
    const json = bundlePath(api.name, 'json');
    mkdirSync(path.dirname(json), { recursive: true });
    bundleSpecToFile(path.join(repoRoot, api.root), json);
    writeFileSync(bundlePath(api.name, 'yaml'), stringify(readBundle(json), { lineWidth: 0 }));
    console.log(`bundled ${api.name} → dist/openapi/${api.name}.{json,yaml}`);
  }
}
