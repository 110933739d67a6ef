// `npm run size`: each entry point's min+gzip size in a browser bundle (openapi-fetch included)
// against its budget; exits 1 when one is over. `-- --write` also puts the table into
// BENCHMARKS.md. The budgets are what a browser app should pay for one vendor's client.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withSizeSection } from './bundle-size/benchmarks-section.js';
import { type EntrySize, kB, measureEntry } from './bundle-size/measure.js';
import { repoRoot } from './openapi/redocly-apis.js';

/**
 * The entry points a browser app imports, with their min+gzip budgets in bytes (1 kB = 1000
 * bytes); `undefined` is measured only. Entry points that are for Node alone are not listed.
 */
const BUDGETS: Record<string, number | undefined> = {
  creditline: undefined,
  'creditline/nue': 9_000,
  'creditline/xovi': 5_000,
  'creditline/maileon': 5_000,
};

const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { name: string; exports: Record<string, unknown> };
/** Each listed entry point with its source file, from its subpath in `exports`. */
const entries = Object.keys(BUDGETS).map((name) => {
  const subpath = name === manifest.name ? '.' : `./${name.slice(manifest.name.length + 1)}`;
  if (!(subpath in manifest.exports)) throw new Error(`${name} is not in the exports of package.json`);
  return { name, source: path.join(repoRoot, 'src', subpath === '.' ? 'index.ts' : `${subpath.slice(2)}/index.ts`) };
});

const sizes: EntrySize[] = [];
for (const { name, source } of entries) {
  if (!existsSync(source)) throw new Error(`${name}: no source file ${path.relative(repoRoot, source)}`);
  sizes.push(await measureEntry(name, source));
}

const rows = sizes.map(({ entry, minified, gzipped }) => {
  const budget = BUDGETS[entry];
  const verdict = budget === undefined ? '' : gzipped <= budget ? 'within' : `**${kB(gzipped - budget)} over**`;
  return `| \`${entry}\` | ${kB(minified)} | ${kB(gzipped)} | ${budget === undefined ? '—' : kB(budget)} | ${verdict} |`;
});
const table = ['| entry point | minified | min+gzip | budget | verdict |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
console.log(table.replaceAll('**', ''));

if (process.argv.includes('--write')) {
  const file = path.join(repoRoot, 'BENCHMARKS.md');
  const section = `## Bundle size

Reproduce with \`npm run size -- --write\` (this section is written by that command; \`npm run size\`
alone prints the table and exits 1 when an entry point is over its budget). Each entry point is
bundled for the browser with everything it imports, openapi-fetch included (esbuild, minified,
ES2022), and gzipped at level 9; 1 kB = 1000 bytes. A whole entry point is measured, the most an
import of it can cost.

${table}`;
  writeFileSync(file, withSizeSection(readFileSync(file, 'utf8'), section));
}

const over = sizes.filter(({ entry, gzipped }) => gzipped > (BUDGETS[entry] ?? Number.POSITIVE_INFINITY));
if (over.length > 0) {
  console.error(`over budget: ${over.map(({ entry }) => entry).join(', ')}`);
  process.exitCode = 1;
}
