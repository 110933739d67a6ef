// `npm run spec:operation-ids`: enforces the operationId rule of spec/STYLE.md on a spec (the
// split source or a bundle; by default the Nue spec of redocly.yaml):
//   npx tsx scripts/check-operation-ids.ts [spec/nue/openapi.yaml | dist/openapi/nue.json]
// Every operationId is camelCase, unique, and starts with the verb its request calls for;
// exits 1 and lists every violation otherwise. `npm run build` passes the bundle it just wrote.
import path from 'node:path';
import { allowedVerbs, isCamelCase, startsWithVerb } from './openapi/operation-id-rule.js';
import { loadOperations } from './openapi/operations.js';
import { apiRoot } from './openapi/redocly-apis.js';

const file = process.argv[2] ?? apiRoot('nue');
const operations = loadOperations(path.resolve(file));
const problems: string[] = [];
const seen = new Map<string, string>();

for (const operation of operations) {
  const where = `${operation.method.toUpperCase()} ${operation.path}`;
  const id = operation.operationId;
  if (!id) {
    problems.push(`${where}: no operationId`);
    continue;
  }
  if (!isCamelCase(id)) problems.push(`${where}: "${id}" is not camelCase`);
  const other = seen.get(id);
  if (other) problems.push(`${where}: "${id}" is also used by ${other}`);
  seen.set(id, where);
  const { verbs, because } = allowedVerbs(operation);
  if (!verbs.some((verb) => startsWithVerb(id, verb)))
    problems.push(`${where}: "${id}" must start with ${verbs.map((v) => `"${v}"`).join(' or ')} (${because})`);
}

for (const problem of problems) console.error(problem);
console.log(`${operations.length} operations, ${problems.length} operationId problem(s)`);
process.exit(problems.length === 0 ? 0 : 1);
