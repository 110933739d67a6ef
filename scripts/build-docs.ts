// `npm run docs`: the HTML reference of every API in redocly.yaml, written to docs/ (see
// html-docs/build-pages.ts). Reads dist/openapi, so `npm run bundle` comes first, as in `build`.
import path from 'node:path';
import { writeDocs } from './html-docs/build-pages.js';
import { readBundle } from './openapi/bundle-spec.js';
import { bundlePath, readApis, repoRoot } from './openapi/redocly-apis.js';

const bundles = new Map(readApis().map((api) => [api.name, readBundle(bundlePath(api.name, 'json'))]));
for (const file of await writeDocs({ root: repoRoot, outputDir: path.join(repoRoot, 'docs'), bundles })) console.log(`wrote ${path.relative(repoRoot, file)}`);
