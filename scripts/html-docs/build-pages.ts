// The HTML reference of every API in redocly.yaml: <out>/<api>.html (Redoc with its scripts
// inlined, so that the pages work offline) and <out>/index.html linking them. The index's
// titles and operation counts come from the bundles `npm run bundle` wrote.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readBundle } from '../openapi/bundle-spec.js';
import { operationEntries } from '../openapi/operations.js';
import { bundlePath, readApis } from '../openapi/redocly-apis.js';
import { runRedocly } from '../openapi/run-redocly.js';
import { type DocsEntry, renderDocsIndex } from './docs-index.js';
import { inlineRedoclyLogo } from './offline-logo.js';

/** Writes every page into `outputDir` and returns their files, the index first. */
export function buildDocs(outputDir: string): string[] {
  mkdirSync(outputDir, { recursive: true });
  const entries: DocsEntry[] = [];
  for (const api of readApis()) {
    const output = path.join(outputDir, `${api.name}.html`);
    runRedocly(['build-docs', api.name, '--inlineBundle', '--output', output]);
    writeFileSync(output, inlineRedoclyLogo(readFileSync(output, 'utf8')));
    const spec = readBundle(bundlePath(api.name, 'json'));
    const info = spec.info as { title: string; summary?: string };
    entries.push({ api: api.name, title: info.title, summary: info.summary ?? '', operations: operationEntries(spec).length });
  }
  writeFileSync(path.join(outputDir, 'index.html'), renderDocsIndex(entries));
  return ['index', ...entries.map((e) => e.api)].map((name) => path.join(outputDir, `${name}.html`));
}
