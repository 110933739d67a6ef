// Every TypeScript example in README.md and in the guides (guides/*.md) compiles against the
// package as users import it (`creditline`, `creditline/nue`, … resolved to src/ by tsconfig
// paths), with the repository's strict settings. Each block is its own module, so each must carry
// its imports. A broken example is added on purpose to prove that the check can fail.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const documents = ['README.md', ...readdirSync(path.join(repoRoot, 'guides')).map((file) => `guides/${file}`)].filter((file) => file.endsWith('.md'));

/** Every ```ts block, named by its document and its place there (`guides/paging.md #2`). */
const blocks = documents.flatMap((document) =>
  [...readFileSync(path.join(repoRoot, document), 'utf8').matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match, index) => ({
    name: `${document} #${index + 1}`,
    file: `${document.replace(/\W+/g, '-')}-${index + 1}.ts`,
    code: match[1]!,
  })),
);

mkdirSync(path.join(repoRoot, '.tmp'), { recursive: true });
const folder = mkdtempSync(path.join(repoRoot, '.tmp', 'readme-examples-'));
const brokenFile = 'example-broken.ts';
for (const block of blocks) writeFileSync(path.join(folder, block.file), block.code);
writeFileSync(
  path.join(folder, brokenFile),
  "import { createNueClient } from 'creditline/nue';\nconst nue = createNueClient({ auth: { bearerToken: 't', apiAccessKey: 'k' } });\nawait nue.GET('/v1/no-such-path');\n",
);
writeFileSync(path.join(folder, 'tsconfig.json'), JSON.stringify({ extends: '../../tsconfig.json', include: ['*.ts'] }));

const run = spawnSync(path.join(repoRoot, 'node_modules', '.bin', 'tsc'), ['-p', folder, '--pretty', 'false'], { cwd: repoRoot, encoding: 'utf8' });
const errors = run.stdout.split('\n').filter((line) => line.includes('error TS'));

describe('README and guide examples', () => {
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('are there: each vendor, balances, every Nue auth mode, jobs, GraphQL, options, paging, errors, validation and the sandbox', () => {
    expect(blocks.filter((block) => block.name.startsWith('README.md')).length).toBeGreaterThanOrEqual(5);
    for (const [document, needles] of [
      ['README.md', ['createNueClient', 'createXoviClient', 'listContingents', 'readCreditBalances', 'withValidation']],
      ['guides/credentials.md', ['apiKey:', 'password:', 'bearerToken:', 'basic:', 'isTenantChoiceError', "keyIn: 'query'"]],
      ['guides/clients.md', ['retry:', 'timeout:', 'log:', 'headers:', 'throwOnError: false', 'creditline: {', 'signal']],
      ['guides/paging.md', ['pages()', 'toArray', 'prefetch: true']],
      ['guides/nue.md', ['listCreditFlows', 'jobs.wait', 'nue.graphql']],
      ['guides/errors.md', ['isApiError', 'isNetworkError', 'isTimeoutError']],
      ['guides/drift-reports.md', ['createDriftCollector', 'isSpecDriftError']],
      ['guides/sandbox.md', ['startSandbox']],
    ] as const) {
      const code = blocks.filter((block) => block.name.startsWith(`${document} `)).map((block) => block.code);
      for (const needle of needles)
        expect(
          code.some((block) => block.includes(needle)),
          `${document}: ${needle}`,
        ).toBe(true);
    }
  });

  it('type-check, each block on its own', () => {
    const named = errors
      .filter((line) => !line.includes(brokenFile))
      .map((line) => {
        const block = blocks.find((candidate) => line.includes(candidate.file));
        return block ? `${block.name}: ${line}` : line;
      });
    expect(named).toEqual([]);
  });

  it('would be caught when wrong: a call to a path the spec lacks does not compile', () => {
    expect(errors.some((line) => line.includes(brokenFile))).toBe(true);
  });
});
