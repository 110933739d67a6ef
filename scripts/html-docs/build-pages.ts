// The offline docs: the HTML reference of every API in redocly.yaml, <out>/<api>.html (Redoc with
// its scripts inlined, so that the pages work offline); the guides, <out>/guides/*.html
// (guides.ts); the reference of the TypeScript API, <out>/api/ (api-reference.ts); and
// <out>/index.html linking them all. Each API's page is built
// from the API's bundle, with a TypeScript and a curl sample on every operation (code-samples/;
// `x-codeSamples`, in a copy that only the docs see: dist/openapi, which the package ships, stays
// as curated). The index's titles, versions and operation counts come from the same bundles.
// The pages are Redocly CLI's `build-docs`: Redoc rendered with React, which only the CLI carries
// (Redocly's library, which lints and bundles in-process, has no renderer), so one CLI
// process per page, side by side.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sampleClient } from '../code-samples/clients.js';
import { withCodeSamples } from '../code-samples/code-samples.js';
import { readBundle } from '../openapi/bundle-spec.js';
import type { OpenApiDocument } from '../openapi/document.js';
import { operationEntries } from '../openapi/operations.js';
import { bundlePath, readApis } from '../openapi/redocly-apis.js';
import { runRedocly } from '../openapi/run-redocly.js';
import { repoRoot } from '../repo-root.js';
import { writeApiReference } from './api-reference.js';
import { type DocsEntry, type DocsPackage, renderDocsIndex } from './docs-index.js';
import { type GuideEntry, writeGuides } from './guides.js';
import { inlineRedoclyLogo } from './offline-logo.js';

/** A page in the making: the spec it is built from (written for the CLI) and where it goes. */
interface PageJob {
  entry: DocsEntry;
  args: string[];
  rendered: string;
  output: string;
}

function pageJob(api: string, bundle: OpenApiDocument, specs: string, outputDir: string): PageJob {
  const spec = withCodeSamples(bundle, api);
  const specFile = path.join(specs, `${api}.json`);
  writeFileSync(specFile, JSON.stringify(spec));
  const rendered = path.join(specs, `${api}.html`);
  return {
    entry: indexEntry(api, spec),
    args: ['build-docs', specFile, '--inlineBundle', '--output', rendered],
    rendered,
    output: path.join(outputDir, `${api}.html`),
  };
}

function indexEntry(api: string, spec: OpenApiDocument): DocsEntry {
  const info = spec.info as { title: string; version: string; summary?: string };
  return {
    api,
    title: info.title,
    version: info.version,
    summary: info.summary ?? '',
    operations: operationEntries(spec).length,
    imports: sampleClient(api).imports,
  };
}

/** The CLI's page, with Redoc's CDN logo replaced so that it opens offline. */
function finishPage(job: PageJob): void {
  writeFileSync(job.output, inlineRedoclyLogo(readFileSync(job.rendered, 'utf8')));
}

function writeIndex(outputDir: string, entries: DocsEntry[], guides: GuideEntry[]): void {
  const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as DocsPackage;
  writeFileSync(path.join(outputDir, 'index.html'), renderDocsIndex(pkg, entries, guides));
}

/** The bundles `npm run generate` wrote to dist/openapi, in redocly.yaml's order. */
function bundlesInDist(): Map<string, OpenApiDocument> {
  return new Map(readApis().map((api) => [api.name, readBundle(bundlePath(api.name, 'json'))]));
}

/**
 * Writes every page and the index into `outputDir`, the API pages and the TypeScript reference side
 * by side; returns the files written, the index first (the TypeScript reference as its folder).
 */
export async function writeDocs(outputDir: string, bundles = bundlesInDist()): Promise<string[]> {
  mkdirSync(outputDir, { recursive: true });
  const specs = mkdtempSync(path.join(tmpdir(), 'creditline-docs-spec-'));
  try {
    const jobs = [...bundles].map(([api, bundle]) => pageJob(api, bundle, specs, outputDir));
    const entries = jobs.map((job) => job.entry);
    const guides = writeGuides(outputDir, entries);
    const apiReference = path.join(outputDir, 'api');
    await Promise.all([
      writeApiReference(apiReference),
      ...jobs.map(async (job) => {
        await runRedocly(job.args);
        finishPage(job);
      }),
    ]);
    writeIndex(outputDir, entries, guides);
    return [path.join(outputDir, 'index.html'), ...jobs.map((job) => job.output), ...guides.map((guide) => path.join(outputDir, guide.page)), apiReference];
  } finally {
    rmSync(specs, { recursive: true, force: true });
  }
}
