// Validation is opt-in and costs nothing until used: a browser bundle of any other entry point
// holds no Ajv, no validation spec and nothing of src/validate, and in a bundle of
// creditline/validate each API's spec is a chunk of its own, loaded when a client of that API is
// validated.
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/repo-root.js';

/** The files a browser bundle of `entry` is made of, by chunk, relative to the repository. */
async function bundledInputs(entry: string): Promise<Record<string, string[]>> {
  const result = await build({
    entryPoints: [path.join(repoRoot, entry)],
    absWorkingDir: repoRoot,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    outdir: path.join(repoRoot, 'bundle-out'),
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return Object.fromEntries(Object.entries(result.metafile.outputs).map(([output, { inputs }]) => [path.basename(output), Object.keys(inputs)]));
}

const validatorParts = (inputs: string[]) => inputs.filter((input) => /node_modules\/ajv|src\/validate\/|\.validation\.ts$/.test(input));

describe('the validator in browser bundles', () => {
  it.each(['src/xovi/index.ts', 'src/nue/index.ts', 'src/maileon/index.ts', 'src/index.ts'])('%s holds none of it', async (entry) => {
    const chunks = await bundledInputs(entry);
    expect(Object.keys(chunks)).toHaveLength(1);
    expect(validatorParts(Object.values(chunks).flat())).toEqual([]);
  });

  it('creditline/validate brings Ajv, and each spec in a chunk of its own', async () => {
    const chunks = await bundledInputs('src/validate/index.ts');
    const main = chunks['index.js'] ?? [];
    expect(main.some((input) => input.startsWith('node_modules/ajv/'))).toBe(true);
    expect(main.filter((input) => input.endsWith('.validation.ts'))).toEqual([]);
    const specChunks = Object.values(chunks).filter((inputs) => inputs.some((input) => input.endsWith('.validation.ts')));
    expect(specChunks.map((inputs) => inputs.filter((input) => input.startsWith('generated/'))).sort()).toEqual([
      ['generated/maileon.validation.ts'],
      ['generated/nue.validation.ts'],
      ['generated/xovi.validation.ts'],
    ]);
  });
});
