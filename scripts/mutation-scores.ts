// `npm run test:mutation` ends here: the mutation score of each folder of src/ from Stryker's JSON
// report, and a failure when any folder is below the bar. Stryker's own `thresholds.break` sees only
// the total, which hides a thin folder behind well-tested ones.
//
//   tsx scripts/mutation-scores.ts [reports/mutation/mutation.json] [--min 90]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

interface Report {
  files: Record<string, { mutants: Array<{ status: string }> }>;
}

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

/** Killed and timed-out mutants over every mutant a test could have caught (Stryker's mutation score), by folder of src/. */
export function scoresByFolder(report: Report): Map<string, { detected: number; undetected: number }> {
  const folders = new Map<string, { detected: number; undetected: number }>();
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const folder = path.posix.dirname(file.split(path.sep).join('/')).split('/').slice(0, 2).join('/');
    const counts = folders.get(folder) ?? { detected: 0, undetected: 0 };
    for (const { status } of mutants) {
      if (DETECTED.has(status)) counts.detected++;
      if (UNDETECTED.has(status)) counts.undetected++;
    }
    folders.set(folder, counts);
  }
  return new Map([...folders].sort(([a], [b]) => a.localeCompare(b)));
}

function main(args: string[]): number {
  const { values, positionals } = parseArgs({ args, options: { min: { type: 'string', default: '90' } }, allowPositionals: true });
  const min = Number(values.min);
  const file = positionals[0] ?? 'reports/mutation/mutation.json';
  const report = JSON.parse(readFileSync(file, 'utf8')) as Report;
  let failing = 0;
  console.log(`| folder | mutants | detected | score |\n| --- | --- | --- | --- |`);
  for (const [folder, { detected, undetected }] of scoresByFolder(report)) {
    const total = detected + undetected;
    const score = total === 0 ? 100 : (100 * detected) / total;
    if (score < min) failing++;
    console.log(`| ${folder} | ${total} | ${detected} | ${score.toFixed(2)}%${score < min ? ` (below ${min}%)` : ''} |`);
  }
  if (failing) console.error(`${failing} folder(s) of src/ below ${min}%: add tests that kill their surviving mutants`);
  return failing ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
