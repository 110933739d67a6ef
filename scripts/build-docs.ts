// Builds the HTML reference of every API in redocly.yaml (docs/<api>.html, Redoc with its
// scripts inlined so the pages work offline) and docs/index.html linking them.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bundlePath, readApis, repoRoot } from './lib/apis.js';
import { renderDocsIndex, type DocsEntry } from './lib/docs-index.js';
import { inlineRedoclyLogo } from './lib/offline-logo.js';
import { runRedocly } from './lib/run-redocly.js';

interface BundledSpec {
  info: { title: string; summary?: string };
  paths?: Record<string, Record<string, unknown>>;
}

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

export function buildDocs(outputDir: string): string[] {
  mkdirSync(outputDir, { recursive: true });
  const entries: DocsEntry[] = [];
  for (const api of readApis()) {
    const output = path.join(outputDir, `${api.name}.html`);
    runRedocly(['build-docs', api.name, '--inlineBundle', '--output', output]);
    writeFileSync(output, inlineRedoclyLogo(readFileSync(output, 'utf8')));
    const spec = JSON.parse(readFileSync(bundlePath(api.name, 'json'), 'utf8')) as BundledSpec;
    const operations = Object.values(spec.paths ?? {}).reduce((n, item) => n + Object.keys(item).filter((k) => HTTP_METHODS.has(k)).length, 0);
    entries.push({ api: api.name, title: spec.info.title, summary: spec.info.summary ?? '', operations });
  }
  writeFileSync(path.join(outputDir, 'index.html'), renderDocsIndex(entries));
  return ['index', ...entries.map((e) => e.api)].map((name) => path.join(outputDir, `${name}.html`));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const file of buildDocs(path.join(repoRoot, 'docs'))) console.log(`wrote ${path.relative(repoRoot, file)}`);
}
