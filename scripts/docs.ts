// `npm run docs`: the offline docs in docs/ (see html-docs/build-pages.ts): the index, the guides,
// the TypeScript reference and the HTML reference of every API in redocly.yaml, the last from the
// bundles `npm run generate` wrote to dist/openapi.
import path from 'node:path';
import { writeDocs } from './html-docs/build-pages.js';
import { repoRoot } from './repo-root.js';

for (const file of await writeDocs(path.join(repoRoot, 'docs'))) console.log(`wrote ${path.relative(repoRoot, file)}`);
