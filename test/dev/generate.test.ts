// `npm run generate` as a command, on a scratch copy of the spec: an operation added to the spec
// reaches the types and its calls file with no other step, and a spec that does not bundle is
// named, exits 1 and leaves every file as it was.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { callsFilePath } from '../../scripts/code-samples/calls-file.js';
import { runScript } from '../nue-spec/support/run-script.js';
import { scratchRoot } from '../support/scratch-root.js';

const operations = path.join('spec', 'nue', 'paths', 'revenue-manager');

describe('npm run generate on a scratch copy of the spec', () => {
  it('writes the types and the calls-file function of an operation added to the spec', () => {
    const scratch = scratchRoot();
    try {
      const read = (file: string) => readFileSync(path.join(scratch.root, file), 'utf8');
      // A copy of getOrder under a new path and operationId, listed in the index as a new operation is.
      const getOrder = read(path.join(operations, 'getOrder.yaml'));
      writeFileSync(path.join(scratch.root, operations, 'getOrderCopy.yaml'), getOrder.replace('operationId: getOrder', 'operationId: getOrderCopy'));
      const index = path.join('spec', 'nue', 'openapi.yaml');
      const listed = '  /v1/orders/{orderId}/copy:\n    get:\n      $ref: paths/revenue-manager/getOrderCopy.yaml\n';
      writeFileSync(path.join(scratch.root, index), read(index).replace('paths:\n', `paths:\n${listed}`));

      const generate = runScript('scripts/generate.ts', ['--root', scratch.root]);
      expect(generate.stderr).toBe('');
      expect(generate.status).toBe(0);
      const callsFile = path.relative(scratch.root, callsFilePath('nue', scratch.root));
      expect(generate.stdout).toContain(
        `nue: wrote generated/nue.ts, generated/nue.validation.ts, ${callsFile}, dist/openapi/nue.json, dist/openapi/nue.yaml\n`,
      );
      expect(generate.stdout).toContain('xovi: wrote dist/openapi/xovi.json, dist/openapi/xovi.yaml\n');
      expect(read(path.join('generated', 'nue.ts'))).toContain('getOrderCopy: {');
      expect(read(callsFile)).toContain("export async function getOrderCopy() {\n  const { data } = await nue.GET('/v1/orders/{orderId}/copy'");
    } finally {
      scratch.remove();
    }
  }, 180_000);

  it('names a spec that does not bundle, exits 1 and writes nothing', () => {
    const scratch = scratchRoot();
    try {
      const file = path.join(scratch.root, operations, 'getOrder.yaml');
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace('$ref: ../../components/parameters/OrderIdPath.yaml', '$ref: ../../components/parameters/Nowhere.yaml'),
      );
      const typesBefore = readFileSync(path.join(scratch.root, 'generated', 'nue.ts'), 'utf8');

      const generate = runScript('scripts/generate.ts', ['--root', scratch.root]);
      expect(generate.status).toBe(1);
      expect(generate.stderr).toContain('nue: bundling spec/nue/openapi.yaml failed');
      expect(generate.stderr).toMatch(/spec\/nue\/paths\/revenue-manager\/getOrder\.yaml:\d+:\d+ {2}error .*Nowhere\.yaml/);
      expect(generate.stdout).toBe('');
      expect(readFileSync(path.join(scratch.root, 'generated', 'nue.ts'), 'utf8')).toBe(typesBefore);
    } finally {
      scratch.remove();
    }
  }, 180_000);
});
