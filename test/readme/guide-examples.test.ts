// Every TypeScript example in the guides (guides/*.md) compiles against the package as users
// import it, as the README's do (readme-examples.test.ts): each block is its own module.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const guides = readdirSync(path.join(repoRoot, 'guides')).filter((name) => name.endsWith('.md'));
const blocks = guides.flatMap((guide) =>
  [...readFileSync(path.join(repoRoot, 'guides', guide), 'utf8').matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match, index) => ({
    file: `${path.basename(guide, '.md')}-${index + 1}.ts`,
    code: match[1] ?? '',
  })),
);

mkdirSync(path.join(repoRoot, '.tmp'), { recursive: true });
const folder = mkdtempSync(path.join(repoRoot, '.tmp', 'guide-examples-'));
for (const { file, code } of blocks) writeFileSync(path.join(folder, file), code);
writeFileSync(path.join(folder, 'tsconfig.json'), JSON.stringify({ extends: '../../tsconfig.json', include: ['*.ts'] }));

describe('guide examples', () => {
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('are there: the XOVI limits, the Maileon helpers and every Nue customer', () => {
    for (const needle of ['getKeywordLimits', 'updateContingent', 'isMaileonError', 'concurrency']) {
      expect(
        blocks.some((block) => block.code.includes(needle)),
        needle,
      ).toBe(true);
    }
  });

  it('type-check, each block on its own', () => {
    const run = spawnSync(path.join(repoRoot, 'node_modules', '.bin', 'tsc'), ['-p', folder, '--pretty', 'false'], { cwd: repoRoot, encoding: 'utf8' });
    expect(run.stdout.split('\n').filter((line) => line.includes('error TS'))).toEqual([]);
    expect(run.status).toBe(0);
  });
});
