// calls-every-operation.ts is what `npm run typecheck` compiles to prove that every operation
// can be called through the Nue client, with the very call the HTML docs show; this keeps the
// operations counted (test/docs/code-samples.test.ts keeps the file current, as every calls file).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { callsFilePath } from '../../scripts/code-samples/calls-file.js';
import { listOperations } from '../../scripts/openapi/operations.js';
import { nueOperationCount, sharedNueSpec } from './support/bundled-spec.js';

const spec = sharedNueSpec();
const committed = readFileSync(callsFilePath('nue'), 'utf8');

describe('calls-every-operation.ts', () => {
  it(`calls each of the ${nueOperationCount} operations once`, () => {
    const operations = listOperations(spec.document);
    expect(operations).toHaveLength(nueOperationCount);
    for (const operation of operations) {
      expect(committed, operation.operationId).toContain(
        `export async function ${operation.operationId}() {\n  const { data } = await nue.${operation.method.toUpperCase()}('${operation.path}'`,
      );
    }
    expect(committed.match(/await nue\./g)).toHaveLength(nueOperationCount);
  });
});
