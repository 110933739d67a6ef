// `npm run spec:drift -- <reports.jsonl> [more.jsonl …] [--json]`: drift reports collected from
// real answers (creditline/validate's collector) turned into the spec edits they call for, with
// the files under spec/ to change; `--json` prints the edits as JSON instead of text.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderDriftSummary } from '../src/drift/render.js';
import { summarizeDrift } from '../src/drift/summarize.js';
import { repoRoot } from './repo-root.js';

const args = process.argv.slice(2);
const files = args.filter((arg) => !arg.startsWith('--'));
if (files.length === 0) {
  console.error('usage: npm run spec:drift -- <reports.jsonl> [more.jsonl …] [--json]');
  process.exit(2);
}
const lines = files.flatMap((file) => readFileSync(file, 'utf8').split('\n'));
const summary = await summarizeDrift(lines, path.join(repoRoot, 'spec'));
process.stdout.write(args.includes('--json') ? `${JSON.stringify(summary, null, 2)}\n` : renderDriftSummary(summary));
