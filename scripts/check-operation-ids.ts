// `npm run spec:operation-ids`: enforces the operationId rule of spec/STYLE.md on a spec (the
// split source or a bundle; by default the Nue spec of redocly.yaml):
//   npx tsx scripts/check-operation-ids.ts [spec/nue/openapi.yaml | dist/openapi/nue.json]
// Every operationId is camelCase, unique, and starts with the verb its request calls for;
// exits 1 and lists every violation otherwise. `npm run build` checks the bundle it just made.
import path from 'node:path';
import { bundleSpecFile } from './openapi/bundle-spec.js';
import { operationIdProblems } from './openapi/operation-id-rule.js';
import { listOperations } from './openapi/operations.js';
import { apiRoot } from './openapi/redocly-apis.js';

const file = path.resolve(process.argv[2] ?? apiRoot('nue'));
const operations = listOperations(await bundleSpecFile(file));
const problems = operationIdProblems(operations);
for (const problem of problems) console.error(problem);
console.log(`${operations.length} operations, ${problems.length} operationId problem(s)`);
process.exit(problems.length === 0 ? 0 : 1);
