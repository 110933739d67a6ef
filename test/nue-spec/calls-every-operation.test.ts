// calls-every-operation.ts is what `npm run typecheck` compiles to prove that every operation
// can be called through the typed client; this keeps it complete and in step with the spec.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listOperations } from '../../scripts/openapi/operations.js';
import { nueOperationCount, sharedNueSpec } from './support/bundled-spec.js';
import { renderCallsFile } from './support/calls-file.js';

const spec = sharedNueSpec();
const committed = readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'calls-every-operation.ts'), 'utf8');

describe('calls-every-operation.ts', () => {
  it(`calls each of the ${nueOperationCount} operations once`, () => {
    const operations = listOperations(spec.document);
    expect(operations).toHaveLength(nueOperationCount);
    for (const operation of operations) {
      expect(committed, operation.operationId).toContain(`await client.${operation.method.toUpperCase()}(${JSON.stringify(operation.path)}`);
    }
    expect(committed.match(/await client\./g)).toHaveLength(nueOperationCount);
  });

  it('is what the current spec renders (regenerate with npx tsx test/nue-spec/support/write-calls-file.ts)', () => {
    expect(committed).toBe(renderCallsFile(spec.document));
  });
});
