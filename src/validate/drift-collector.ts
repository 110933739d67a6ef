// Gathers the reports of a running system: the same difference seen again only raises its count,
// so a day of staging traffic stays a short list. Its JSON Lines are what `creditline drift` and
// `npm run spec:drift` read.
import { ConfigurationError } from '../core/errors.js';
import { describeValue } from './described-value.js';
import { asDriftReport, type DriftReport, driftKey } from './drift-report.js';

/** Gathers drift reports: the same difference seen again raises its `count`. */
export interface DriftCollector {
  /** Pass it as `onDrift` (it is bound: `{ onDrift: collector.onDrift }` works). Anything but a report is a ConfigurationError. */
  readonly onDrift: (report: DriftReport) => void;
  /** The distinct reports seen so far, first seen first, each with its count. */
  reports(): DriftReport[];
  /** The reports as JSON Lines, one report a line (with a final newline; '' when there are none). */
  toJsonLines(): string;
  /** Forgets everything (after the reports were written away). */
  clear(): void;
}

/**
 * A collector takes no options: it keeps every distinct report with its count until `clear()`, and
 * there is nothing to choose. An argument (a limit, a file, as another library's collector might
 * take) is a ConfigurationError rather than silently ignored.
 */
export function createDriftCollector(): DriftCollector;
export function createDriftCollector(...given: unknown[]): DriftCollector {
  if (given.some((argument) => argument !== undefined))
    throw new ConfigurationError(
      'createDriftCollector: options',
      `are not taken (a collector keeps every distinct report with its count until clear()), got ${describeValue(given.find((argument) => argument !== undefined))}`,
    );
  const seen = new Map<string, DriftReport>();
  return {
    onDrift: (given) => {
      // A report as withValidation makes it, or read back from JSON Lines: its own fields only.
      const report = asDriftReport(given);
      if (!report)
        throw new ConfigurationError(
          'DriftCollector.onDrift',
          `takes drift reports (from withValidation, or read back from its JSON Lines), got ${describeValue(given)}`,
        );
      const key = driftKey(report);
      const known = seen.get(key);
      if (known) known.count += report.count;
      else seen.set(key, report);
    },
    reports: () => [...seen.values()].map((report) => ({ ...report })),
    toJsonLines: () => [...seen.values()].map((report) => `${JSON.stringify(report)}\n`).join(''),
    clear: () => seen.clear(),
  };
}
