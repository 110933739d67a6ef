// Every TypeScript example in README.md compiles against the package as users import it
// (`creditline`, `creditline/nue`, … resolved to src/ by tsconfig paths), with the repository's
// strict settings. Each block is its own module, so each must carry its imports. A broken
// example is added on purpose to prove that the check can fail.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);

mkdirSync(path.join(repoRoot, '.tmp'), { recursive: true });
const folder = mkdtempSync(path.join(repoRoot, '.tmp', 'readme-examples-'));
const brokenFile = 'example-broken.ts';
blocks.forEach((code, index) => writeFileSync(path.join(folder, `example-${index + 1}.ts`), code));
writeFileSync(
  path.join(folder, brokenFile),
  "import { createNueClient } from 'creditline/nue';\nconst nue = createNueClient({ auth: { bearerToken: 't', apiAccessKey: 'k' } });\nawait nue.GET('/v1/no-such-path');\n",
);
writeFileSync(path.join(folder, 'tsconfig.json'), JSON.stringify({ extends: '../../tsconfig.json', include: ['*.ts'] }));

const run = spawnSync(path.join(repoRoot, 'node_modules', '.bin', 'tsc'), ['-p', folder, '--pretty', 'false'], { cwd: repoRoot, encoding: 'utf8' });
const errors = run.stdout.split('\n').filter((line) => line.includes('error TS'));

describe('README examples', () => {
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('are there: XOVI, Maileon, balances, and every Nue auth mode, jobs, GraphQL and errors', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(10);
    for (const needle of [
      'createXoviClient',
      'listContingents',
      'readCreditBalances',
      'password:',
      'bearerToken:',
      'basic:',
      'jobs.wait',
      'nue.graphql',
      'throwOnError: false',
    ]) {
      expect(
        blocks.some((block) => block.includes(needle)),
        needle,
      ).toBe(true);
    }
  });

  it('type-check, each block on its own', () => {
    expect(errors.filter((line) => !line.startsWith(`${path.relative(repoRoot, folder)}/${brokenFile}`) && !line.includes(brokenFile))).toEqual([]);
  });

  it('would be caught when wrong: a call to a path the spec lacks does not compile', () => {
    expect(errors.some((line) => line.includes(brokenFile))).toBe(true);
  });
});
