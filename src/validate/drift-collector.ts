// Gathers the reports of a running system: the same difference seen again only raises its count,
// so a day of staging traffic stays a short list. Its JSON Lines are what `creditline drift` and
// `npm run spec:drift` read.
import { type DriftReport, driftKey } from './drift-report.js';

export interface DriftCollector {
  /** Pass it as `onDrift` (it is bound: `{ onDrift: collector.onDrift }` works). */
  readonly onDrift: (report: DriftReport) => void;
  /** The distinct reports seen so far, first seen first, each with its count. */
  reports(): DriftReport[];
  /** The reports as JSON Lines, one report a line (with a final newline; '' when there are none). */
  toJsonLines(): string;
  /** Forgets everything (after the reports were written away). */
  clear(): void;
}

export function createDriftCollector(): DriftCollector {
  const seen = new Map<string, DriftReport>();
  return {
    onDrift: (report) => {
      const key = driftKey(report);
      const known = seen.get(key);
      if (known) known.count += report.count;
      else seen.set(key, { ...report });
    },
    reports: () => [...seen.values()].map((report) => ({ ...report })),
    toJsonLines: () => [...seen.values()].map((report) => `${JSON.stringify(report)}\n`).join(''),
    clear: () => seen.clear(),
  };
}
