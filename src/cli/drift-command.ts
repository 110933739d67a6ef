// `creditline drift <reports.jsonl> …`: the drift reports that creditline/validate collected from
// real answers, summarised into the spec edits they call for (src/drift, the same summary as
// `npm run spec:drift` in the repository). Without --spec the edits name places in the bundled
// specs of the package (`openapi/<api>.json`); with a checkout's spec/ folder, its files.
import { readFile } from 'node:fs/promises';
import { renderDriftSummary } from '../drift/render.js';
import { summarizeDrift } from '../drift/summarize.js';
import type { DriftFlags } from './args.js';
import { EXIT_CODES } from './exit-codes.js';
import type { CommandIo } from './run-cli.js';
import { UsageError } from './usage-error.js';

export async function driftCommand(flags: DriftFlags, io: CommandIo): Promise<number> {
  const lines: string[] = [];
  for (const file of flags.files) {
    try {
      lines.push(...(await readFile(file, 'utf8')).split('\n'));
    } catch (error) {
      throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`);
    }
  }
  const summary = await summarizeDrift(lines, flags.specRoot);
  io.stdout.write(flags.json ? `${JSON.stringify(summary, null, 2)}\n` : renderDriftSummary(summary));
  return EXIT_CODES.ok;
}
