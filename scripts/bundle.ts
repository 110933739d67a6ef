// Bundles every API of redocly.yaml into one self-contained file each:
// dist/openapi/<api>.json and .yaml, the form users feed to other tools.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { bundlePath, readApis } from './lib/apis.js';
import { runRedocly } from './lib/run-redocly.js';

export function bundleAll(): void {
  for (const api of readApis()) {
    for (const extension of ['json', 'yaml'] as const) {
      const output = bundlePath(api.name, extension);
      mkdirSync(path.dirname(output), { recursive: true });
      runRedocly(['bundle', api.name, '--output', output, '--ext', extension]);
    }
    console.log(`bundled ${api.name} → dist/openapi/${api.name}.{json,yaml}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) bundleAll();
