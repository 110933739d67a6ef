// `npm run spec:examples`: re-reads the JSON examples printed in the Nue docs and validates each
// against the spec's schema for it (Ajv 2020 with formats; objects closed as in Redocly's
// example check). Examples CURATION.md lists under "Doc examples that do not validate" are
// reported, not failed; any other failure, or a listed exception that now validates, exits 1.
//   npm run spec:examples -- <docs-folder> [spec root, default spec/nue/openapi.yaml]
import path from 'node:path';
import { readExampleExceptions } from './nue-doc-examples/curated-exceptions.js';
import { docExampleChecks } from './nue-doc-examples/doc-examples.js';
import { parseNueReference, referenceFileName } from './nue-reference/parse-reference.js';
import { exampleValue } from './nue-reference/repair-example.js';
import { bundleSpecFile } from './openapi/bundle-spec.js';
import { closeObjects } from './openapi/closed-objects.js';
import { apiRoot } from './openapi/redocly-apis.js';
import { createSpecValidator } from './openapi/spec-validator.js';

const [docsFolder, specRoot = apiRoot('nue')] = process.argv.slice(2);
if (!docsFolder) {
  console.error('usage: npm run spec:examples -- <docs-folder> [spec root]');
  process.exit(2);
}

const reference = parseNueReference(docsFolder);
const document = await bundleSpecFile(path.resolve(specRoot));
const validate = createSpecValidator(closeObjects(document));
// CURATION.md sits next to the spec's root file.
const exceptions = readExampleExceptions(path.join(path.dirname(path.resolve(specRoot)), 'CURATION.md'));
const checks = docExampleChecks(reference, document);

let valid = 0;
const failures: string[] = [];
const excepted: string[] = [];
const stale: string[] = [];
for (const check of checks) {
  const problems = !check.example.parses
    ? ['does not parse as JSON']
    : !check.schemaPointer
      ? ['the spec has no schema for it']
      : validate(check.schemaPointer, exampleValue(check.example));
  const exception = exceptions.find((e) => e.line === check.line);
  const where = `${referenceFileName}:${check.line} ${check.what}`;
  if (problems.length === 0) {
    valid++;
    if (exception) stale.push(`${where}: listed in CURATION.md but validates now`);
  } else if (exception) excepted.push(`${where}: ${exception.reason}`);
  else failures.push(`${where}: ${problems.slice(0, 5).join('; ')}`);
}

console.log(
  `${checks.length} doc examples: ${valid} valid, ${excepted.length} listed exceptions, ${failures.length} failing, ${stale.length} stale exceptions`,
);
for (const line of excepted) console.log(`  exception ${line}`);
for (const line of failures) console.error(`  FAIL ${line}`);
for (const line of stale) console.error(`  STALE ${line}`);
process.exit(failures.length === 0 && stale.length === 0 ? 0 : 1);
