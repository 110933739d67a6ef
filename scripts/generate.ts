// `npm run generate [-- --root <folder>]`: for every API of redocly.yaml, what its spec produces
// (generate/generate-api.ts): the bundles in dist/openapi, the types and validation spec in
// generated/, and the calls file of the docs' TypeScript samples. Run it after a spec edit (`npm run dev` does it on every
// save); commit what it changes: CI fails when generated/ or a calls file differs. `--root`
// generates in a copy of the repository (the tests do).
import { generateApi } from './generate/generate-api.js';
import { loadRedoclyProject } from './openapi/redocly.js';
import { rootArgument } from './root-argument.js';

const project = await loadRedoclyProject(rootArgument('generate'));
for (const api of project.apis) {
  try {
    const { changed, warnings } = await generateApi(project, api);
    for (const warning of warnings) console.log(`${api.name}: ${warning}`);
    console.log(`${api.name}: ${changed.length > 0 ? `wrote ${changed.join(', ')}` : 'every file up to date'}`);
  } catch (error) {
    console.error(`${api.name}: ${error instanceof Error ? error.message : String(error)}`);
    console.error('generate: nothing more written; fix the spec and run it again');
    process.exit(1);
  }
}
