// `npm run bundle`: every API of redocly.yaml bundled into dist/openapi/<api>.json and .yaml
// (see openapi/bundle-apis.ts), the form users feed to other tools. Also the child process behind
// the synchronous bundle helpers (openapi/bundle-spec.ts):
//   npm run bundle                                   every API into dist/openapi
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
