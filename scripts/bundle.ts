// Not an npm script: the child process behind the synchronous bundle helpers
// (openapi/bundle-spec.ts, openapi/bundle-apis.ts's bundleAll), for callers that cannot wait for a
// promise (the tests' setup, the draft importer). `npm run generate` writes the bundles users get.
//   npx tsx scripts/bundle.ts                        every API into dist/openapi
//   npx tsx scripts/bundle.ts --out <folder>         every API into <folder>
//   npx tsx scripts/bundle.ts <root file> --output <file.json>   one spec into one file
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { bundleApis } from './openapi/bundle-apis.js';
import { bundleSpecText, loadRedoclyProject } from './openapi/redocly.js';

const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
};
const project = await loadRedoclyProject();
const output = option('--output');
if (output) {
  const [rootFile] = args;
  if (!rootFile || rootFile === '--output') throw new Error('usage: scripts/bundle.ts <root file> --output <file.json>');
  const { json, warnings } = await bundleSpecText(project, path.resolve(rootFile));
  for (const warning of warnings) console.warn(warning);
  writeFileSync(output, json);
} else {
  const out = option('--out');
  await bundleApis(project, out === undefined ? undefined : path.resolve(out));
}
