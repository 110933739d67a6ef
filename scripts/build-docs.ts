// `npm run docs`: the HTML reference of every API in redocly.yaml, written to docs/ (see
// html-docs/build-pages.ts). Reads dist/openapi, so `npm run bundle` comes first, as in `build`.
import path from 'node:path';
import { buildDocs } from './html-docs/build-pages.js';
import { repoRoot } from './openapi/redocly-apis.js';

for (const file of buildDocs(path.join(repoRoot, 'docs'))) console.log(`wrote ${path.relative(repoRoot, file)}`);
