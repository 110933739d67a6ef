// Bundles every API of redocly.yaml into one self-contained file each:
// dist/openapi/<api>.json and .yaml, the form users feed to other tools. Redocly bundles once
// per API (to JSON); the YAML is the same document written as YAML.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { bundlePath, readApis } from './lib/apis.js';
import { runRedocly } from './lib/run-redocly.js';

export function bundleAll(): void {
  for (const api of readApis()) {
    const json = bundlePath(api.name, 'json');
    mkdirSync(path.dirname(json), { recursive: true });
    runRedocly(['bundle', api.name, '--output', json, '--ext', 'json']);
    writeFileSync(bundlePath(api.name, 'yaml'), stringify(JSON.parse(readFileSync(json, 'utf8')), { lineWidth: 0 }));
    console.log(`bundled ${api.name} → dist/openapi/${api.name}.{json,yaml}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) bundleAll();
