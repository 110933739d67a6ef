// Collected reports back from JSON Lines (a collector's output, or several concatenated): each
// line one report, the same difference from several files summed into one.
import { createDriftCollector } from '../validate/drift-collector.js';
import { asDriftReport, type DriftReport } from '../validate/drift-report.js';

export interface ReadReports {
  reports: DriftReport[];
  /** 1-based numbers of the lines that were not reports (blank lines are not counted). */
  skipped: number[];
}

export function readDriftReports(lines: Iterable<string>): ReadReports {
  const collector = createDriftCollector();
  const skipped: number[] = [];
  let number = 0;
  for (const line of lines) {
    number++;
    if (line.trim() === '') continue;
    const report = asDriftReport(parseLine(line));
    if (report) collector.onDrift(report);
    else skipped.push(number);
  }
  return { reports: collector.reports(), skipped };
}

function parseLine(line: string): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    return undefined;
  }
}
