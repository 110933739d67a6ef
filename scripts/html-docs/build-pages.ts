// The HTML reference of every API in redocly.yaml: <out>/<api>.html (Redoc with its scripts
// inlined, so that the pages work offline) and <out>/index.html linking them. Each page is built
// from the bundle `npm run bundle` wrote, with a TypeScript and a curl sample on every operation
// (code-samples/; `x-codeSamples`, in a copy that only the docs see: dist/openapi, which the
// package ships, stays as curated). The index's titles, versions and operation counts come from
// the same bundles.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sampleClient } from '../code-samples/clients.js';
import { withCodeSamples } from '../code-samples/code-samples.js';
import { readBundle } from '../openapi/bundle-spec.js';
import { operationEntries } from '../openapi/operations.js';
import { bundlePath, readApis, repoRoot } from '../openapi/redocly-apis.js';
import { runRedocly } from '../openapi/run-redocly.js';
import { type DocsEntry, type DocsPackage, renderDocsIndex } from './docs-index.js';
import { inlineRedoclyLogo } from './offline-logo.js';

/** Writes every page into `outputDir` and returns their files, the index first. */
export function buildDocs(outputDir: string): string[] {
  mkdirSync(outputDir, { recursive: true });
  const specs = mkdtempSync(path.join(tmpdir(), 'creditline-docs-spec-'));
  const entries: DocsEntry[] = [];
  try {
    for (const api of readApis()) {
      const spec = withCodeSamples(readBundle(bundlePath(api.name, 'json')), api.name);
      const specFile = path.join(specs, `${api.name}.json`);
      writeFileSync(specFile, JSON.stringify(spec));
      const output = path.join(outputDir, `${api.name}.html`);
      runRedocly(['build-docs', specFile, '--inlineBundle', '--output', output]);
      writeFileSync(output, inlineRedoclyLogo(readFileSync(output, 'utf8')));
      const info = spec.info as { title: string; version: string; summary?: string };
      entries.push({
        api: api.name,
        title: info.title,
        version: info.version,
        summary: info.summary ?? '',
        operations: operationEntries(spec).length,
        imports: sampleClient(api.name).imports,
      });
    }
  } finally {
    rmSync(specs, { recursive: true, force: true });
  }
  const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as DocsPackage;
  writeFileSync(path.join(outputDir, 'index.html'), renderDocsIndex(pkg, entries));
  return ['index', ...entries.map((e) => e.api)].map((name) => path.join(outputDir, `${name}.html`));
}
