// `npm run generate`: regenerates generated/<api>.ts for every API of redocly.yaml, and beside it
// generated/<api>.validation.ts, the spec creditline/validate checks answers against
// (openapi/generate-types.ts).
//   npm run generate                    bundles every API (as `npm run bundle`), then generates
//   npm run generate -- --from-bundle   generates from the bundles `npm run bundle` wrote
// Redocly's library and openapi-typescript run in this one process, from the bundles in memory.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { bundleApis } from './openapi/bundle-apis.js';
import { readBundle } from './openapi/bundle-spec.js';
import { writeGeneratedFiles } from './openapi/generate-types.js';
import { bundlePath, readApis, repoRoot } from './openapi/redocly-apis.js';

const apis = readApis();
let bundles: Map<string, ReturnType<typeof readBundle>>;
if (process.argv.includes('--from-bundle')) {
  // Checked before anything is written, so that a missing bundle leaves generated/ as it was.
  const missing = apis.map((api) => bundlePath(api.name, 'json')).filter((file) => !existsSync(file));
  if (missing.length > 0) {
    console.error(`generate --from-bundle: ${missing.map((file) => path.relative(repoRoot, file)).join(', ')} missing; run \`npm run bundle\` first`);
    process.exit(1);
  }
  bundles = new Map(apis.map((api) => [api.name, readBundle(bundlePath(api.name, 'json'))]));
} else {
  // Redocly's library is loaded only to bundle.
  const { loadRedoclyProject } = await import('./openapi/redocly.js');
  bundles = new Map((await bundleApis(await loadRedoclyProject())).map((bundle) => [bundle.api, bundle.document]));
}
for (const api of apis) {
  const { written } = await writeGeneratedFiles(repoRoot, api, bundles.get(api.name)!);
  for (const file of written) console.log(`generated ${file}`);
}
