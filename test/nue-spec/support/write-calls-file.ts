// Regenerates test/nue-spec/calls-every-operation.ts after a spec change:
//   npx tsx test/nue-spec/support/write-calls-file.ts
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleNueSpec } from './bundled-spec.js';
import { renderCallsFile } from './calls-file.js';

export const callsFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../calls-every-operation.ts');

const spec = bundleNueSpec();
try {
  writeFileSync(callsFile, renderCallsFile(spec.document));
  console.log(`wrote ${callsFile}`);
} finally {
  spec.remove();
}
