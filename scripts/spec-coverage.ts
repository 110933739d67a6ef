// `npm run spec:coverage`: compares the Nue vendor docs with the spec and prints, per category,
// what the spec has of what the docs document, and every miss. Exits 1 below 100% in any
// category. A parameter or property counts as found only with the docs' type and format,
// required flag and enum values, or where the spec marks its difference `x-inferred` or
// `x-evidence`; the differences accepted on evidence are listed after the totals.
//   npm run spec:coverage -- <docs-folder> [spec root, default spec/nue/openapi.yaml]
// The spec is bundled here (Redocly's library, in this process); no build step is needed.
import path from 'node:path';
import { checkCreditStats } from './nue-coverage/check-credit-stats.js';
import { checkOperations } from './nue-coverage/check-operations.js';
import { checkSchemas } from './nue-coverage/check-schemas.js';
import { formatReport, totals } from './nue-coverage/report.js';
import { creditStatsFileName, parseCreditStatsPage } from './nue-reference/parse-credit-stats.js';
import { parseNueReference, referenceFileName } from './nue-reference/parse-reference.js';
import { bundleSpecFile } from './openapi/bundle-spec.js';
import { apiRoot } from './openapi/redocly-apis.js';

const [docsFolder, specRoot = apiRoot('nue')] = process.argv.slice(2);
if (!docsFolder) {
  console.error('usage: npm run spec:coverage -- <docs-folder> [spec root]');
  process.exit(2);
}

const reference = parseNueReference(docsFolder);
const creditStats = parseCreditStatsPage(docsFolder);
const document = await bundleSpecFile(path.resolve(specRoot));
const items = [
  ...checkOperations(reference, document, referenceFileName),
  ...checkCreditStats(creditStats, document, creditStatsFileName),
  ...checkSchemas(reference, document, referenceFileName),
];
console.log(`Nue docs (${path.resolve(docsFolder)}) versus ${specRoot}\n`);
console.log(formatReport(items));
process.exit(totals(items).every((t) => t.found === t.documented) ? 0 : 1);
