// `npm run spec:drift -- <reports.jsonl> [more.jsonl …] [--json]`: drift reports collected from
// real answers (creditline/validate's collector) turned into the spec edits they call for, with
// the files under spec/ to change; `--json` prints the edits as JSON instead of text. The files are
// read as `creditline drift` reads them (src/drift/read-reports.ts): one it cannot read, or one
// with lines but no report in it, exits 2 (with --json also as `{ "error": … }` on stdout); lines
// that are not reports among reports are left out and named on stderr.
import path from 'node:path';
import { DriftInputError, loadDriftReportFiles, skippedLinesWarning } from '../src/drift/read-reports.js';
import { renderDriftSummary } from '../src/drift/render.js';
import { summarizeDrift } from '../src/drift/summarize.js';
import { repoRoot } from './repo-root.js';

const args = process.argv.slice(2);
const files = args.filter((arg) => !arg.startsWith('--'));
const json = args.includes('--json');
if (files.length === 0) {
  console.error('usage: npm run spec:drift -- <reports.jsonl> [more.jsonl …] [--json]');
  process.exit(2);
}
try {
  const summary = await summarizeDrift(await loadDriftReportFiles(files), path.join(repoRoot, 'spec'));
  const warning = skippedLinesWarning(summary.skipped);
  if (warning) console.error(`spec:drift: warning: ${warning}`);
  process.stdout.write(json ? `${JSON.stringify(summary, null, 2)}\n` : renderDriftSummary(summary));
} catch (error) {
  if (!(error instanceof DriftInputError)) throw error;
  if (json) process.stdout.write(`${JSON.stringify({ error }, null, 2)}\n`);
  console.error(`spec:drift: ${error.message}`);
  process.exitCode = 2;
}
