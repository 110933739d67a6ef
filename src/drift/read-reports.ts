// Collected reports back from JSON Lines files (a collector's output, or several): each line one
// report, the same difference from several files summed into one. Nothing is dropped unseen:
//   - a file with no lines, or blank ones only, is nothing drifted;
//   - a file with lines of which none is a report is the wrong file (a log, a cut-off copy), not
//     "the spec is right": a DriftInputError naming the file and its first line;
//   - a line that is not a report among reports (a stray line, a last line cut off while written)
//     is left out and named, with its file, number and what is wrong with it.
// What a line holds is never repeated: a wrong file may hold anything, secrets included.
import { readFile } from 'node:fs/promises';
import { createDriftCollector } from '../validate/drift-collector.js';
import { type DriftReport, driftReportProblem } from '../validate/drift-report.js';

/** A file of JSON Lines as read: its name as the user gave it, and its text. */
export interface DriftReportFile {
  name: string;
  text: string;
}

/** A line that is not a report: its file, its 1-based number, what is wrong with it. */
export interface SkippedLine {
  file: string;
  line: number;
  problem: string;
}

export interface ReadReports {
  reports: DriftReport[];
  /** The lines that are not reports (blank lines are not counted), in file and line order. */
  skipped: SkippedLine[];
}

/** A file of reports that cannot be read, or holds lines but no report. */
export class DriftInputError extends Error {
  override name = 'DriftInputError';

  constructor(
    readonly file: string,
    readonly problem: string,
    /** The first line that is not a report; undefined when the file could not be read. */
    readonly line?: number,
  ) {
    super(line === undefined ? `cannot read ${file}: ${problem}` : `${file} holds no drift report: line ${line} is ${problem}`);
  }

  /** As `--json` prints it: what went wrong, in which file and line (null when the file could not be read). */
  toJSON() {
    return { name: this.name, message: this.message, file: this.file, line: this.line ?? null, problem: this.problem };
  }
}

/** The files, read; a DriftInputError for the first that cannot be (its error code, never more). */
export async function loadDriftReportFiles(names: string[]): Promise<DriftReportFile[]> {
  const files: DriftReportFile[] = [];
  for (const name of names) {
    try {
      files.push({ name, text: await readFile(name, 'utf8') });
    } catch (error) {
      throw new DriftInputError(name, (error as NodeJS.ErrnoException).code ?? 'unreadable');
    }
  }
  return files;
}

export function readDriftReports(files: DriftReportFile[]): ReadReports {
  const collector = createDriftCollector();
  const skipped: SkippedLine[] = [];
  for (const { name, text } of files) {
    let anyReport = false;
    const bad: SkippedLine[] = [];
    text.split('\n').forEach((line, index) => {
      if (line.trim() === '') return;
      const parsed = parseLine(line);
      const problem = parsed === NOT_JSON ? 'not JSON' : driftReportProblem(parsed);
      if (problem === undefined) {
        collector.onDrift(parsed as DriftReport);
        anyReport = true;
      } else bad.push({ file: name, line: index + 1, problem: parsed === NOT_JSON ? problem : `JSON but not a drift report: ${problem}` });
    });
    const [first] = bad;
    if (!anyReport && first) throw new DriftInputError(name, first.problem, first.line);
    skipped.push(...bad);
  }
  return { reports: collector.reports(), skipped };
}

const NOT_JSON = Symbol('not JSON');

function parseLine(line: string): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    return NOT_JSON;
  }
}

const MOST_NAMED = 20;

/** A warning for stderr naming the lines left out (`file:line`, the first twenty), or undefined when there are none. */
export function skippedLinesWarning(skipped: SkippedLine[]): string | undefined {
  if (skipped.length === 0) return undefined;
  const named = skipped.length === 1 ? '1 line is not a drift report and was left out' : `${skipped.length} lines are not drift reports and were left out`;
  const places = skipped.slice(0, MOST_NAMED).map(({ file, line }) => `${file}:${line}`);
  return `${named}: ${places.join(', ')}${skipped.length > MOST_NAMED ? ', …' : ''}`;
}
