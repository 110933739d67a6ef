// Regenerates the calls file of every API of redocly.yaml (calls-file.ts says where each one is)
// after a spec change:
//   npx tsx test/nue-spec/support/write-calls-file.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bundleToTemporaryFile } from '../../../scripts/openapi/bundle-spec.js';
import { readApis, repoRoot } from '../../../scripts/openapi/redocly-apis.js';
import { callsFilePath, renderCallsFile } from './calls-file.js';

for (const api of readApis()) {
  const spec = bundleToTemporaryFile(path.join(repoRoot, api.root));
  try {
    const file = callsFilePath(api.name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, renderCallsFile(spec.document, api.name));
    console.log(`wrote ${path.relative(repoRoot, file)}`);
  } finally {
    spec.remove();
  }
}
