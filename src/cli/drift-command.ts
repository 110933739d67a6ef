// `creditline drift <reports.jsonl> …`: the drift reports that creditline/validate collected from
// real answers, summarised into the spec edits they call for (src/drift, the same summary as
// `npm run spec:drift` in the repository). Without --spec the edits name places in the bundled
// specs of the package (`openapi/<api>.json`); with a checkout's spec/ folder, its files.
// A file it cannot read, or one with lines but no report in it, is a usage error (with --json,
// also as `{ "error": … }` on stdout); lines that are not reports among reports are left out and
// named, in the summary and in a warning on stderr.
import { DriftInputError, loadDriftReportFiles, skippedLinesWarning } from '../drift/read-reports.js';
import { renderDriftSummary } from '../drift/render.js';
import { summarizeDrift } from '../drift/summarize.js';
import type { DriftFlags } from './args.js';
import { EXIT_CODES } from './exit-codes.js';
import type { CommandIo } from './run-cli.js';
import { UsageError } from './usage-error.js';

export async function driftCommand(flags: DriftFlags, io: CommandIo): Promise<number> {
  let summary: Awaited<ReturnType<typeof summarizeDrift>>;
  try {
    summary = await summarizeDrift(await loadDriftReportFiles(flags.files), flags.specRoot);
  } catch (error) {
    if (!(error instanceof DriftInputError)) throw error;
    if (flags.json) io.stdout.write(`${JSON.stringify({ error }, null, 2)}\n`);
    throw new UsageError(error.message);
  }
  const warning = skippedLinesWarning(summary.skipped);
  if (warning) io.stderr.write(`creditline: warning: ${warning}\n`);
  io.stdout.write(flags.json ? `${JSON.stringify(summary, null, 2)}\n` : renderDriftSummary(summary));
  return EXIT_CODES.ok;
}
