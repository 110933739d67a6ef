// `npm run spec:import`: drafts the split Nue spec from the vendor docs:
//   npx tsx scripts/import-nue-docs.ts <docs-folder> <new-or-empty-out-folder> [--names-from spec/nue]
// The curated spec in spec/nue is the source of truth; this only writes a draft elsewhere.
// With --names-from, operations already in that spec keep their curated operationIds (and
// file names), so `diff -r <out> spec/nue` shows what the docs changed plus the curation.
import { buildDraft } from './nue-draft/build-draft.js';
import { readCuratedNames } from './nue-draft/curated-names.js';
import { writeDraft } from './nue-draft/write-draft.js';
import { parseNueReference } from './nue-reference/parse-reference.js';

const args = process.argv.slice(2);
const namesFromIndex = args.indexOf('--names-from');
const namesFrom = namesFromIndex >= 0 ? args.splice(namesFromIndex, 2)[1] : undefined;
const [docsFolder, outFolder] = args;
if (!docsFolder || !outFolder) {
  console.error('usage: tsx scripts/import-nue-docs.ts <docs-folder> <out-folder> [--names-from <spec-folder>]');
  process.exit(2);
}

const reference = parseNueReference(docsFolder);
const draft = buildDraft(reference, namesFrom ? readCuratedNames(namesFrom) : undefined);
writeDraft(draft, outFolder);
console.log(
  `${reference.operations.length} operations, ${new Set(reference.schemas.map((s) => s.name)).size} schemas → ${draft.files.size} files in ${outFolder}`,
);
for (const operation of reference.operations) {
  for (const line of operation.unparsed) console.log(`not understood: line ${line.line}: ${line.text}`);
}
for (const schema of reference.schemas) for (const line of schema.unparsed) console.log(`not understood: line ${line.line}: ${line.text}`);
for (const note of draft.notes) console.log(`note: ${note}`);
