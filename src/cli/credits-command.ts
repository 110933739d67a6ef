// `creditline credits`: configuration → (sandbox) → readCreditBalances → table, JSON or
// OpenMetrics → exit code. Progress says when each vendor has answered; the report lists them in
// a fixed order.
import { CREDIT_VENDORS } from '../balances/credit-balance.js';
import { type CreditBalanceReport, readCreditBalances } from '../balances/read-credit-balances.js';
import type { Redactor } from '../core/redaction/redactor.js';
import { type VendorReadings, withVendorPart } from '../metrics/vendor-readings.js';
import { packageVersion } from '../package-files.js';
import { startSandbox } from '../sandbox/start-sandbox.js';
import type { CreditsFlags } from './args.js';
import { balanceSources } from './balance-sources.js';
import { readConfiguration } from './configuration.js';
import { exitCodeOf } from './exit-codes.js';
import { jsonReport } from './json-report.js';
import { progressOn } from './progress.js';
import { type Judgement, reportNotes } from './report-notes.js';
import type { CommandIo } from './run-cli.js';
import { sandboxConfiguration } from './sandbox-configuration.js';
import { sortBalances } from './sort-balances.js';
import { renderTable } from './table.js';
import { outputTo } from './terminal.js';
import { isBelow } from './threshold.js';

/** `redactor` learns the credentials read here; the caller masks its own messages with it too. */
export async function creditsCommand(flags: CreditsFlags, io: CommandIo, redactor: Redactor): Promise<number> {
  const sandbox = flags.sandbox ? await startSandbox() : undefined;
  try {
    const configuration = sandbox ? sandboxConfiguration(sandbox.baseUrls, flags) : readConfiguration(io.env, flags);
    for (const secret of configuration.secrets) redactor.addSecret(secret);
    const stdout = outputTo(io.stdout, io.env, redactor);
    const stderr = outputTo(io.stderr, io.env, redactor);
    const sources = balanceSources(configuration.settings);
    const progress = progressOn(stderr);
    for (const vendor of CREDIT_VENDORS) {
      // Stryker disable next-line OptionalChaining: only vendors with settings have sources, so the settings are there
      const baseUrl = configuration.settings[vendor]?.baseUrl;
      if (sources[vendor]) progress.asking(vendor, baseUrl && new URL(baseUrl).host);
    }
    let readings: VendorReadings = {};
    const read = await readCreditBalances(sources, {
      onVendor: (vendor, part, milliseconds) => {
        progress.answered(vendor, part, milliseconds);
        readings = withVendorPart(readings, vendor, part, milliseconds, Date.now());
      },
    });
    const report = flags.sort ? { ...read, balances: sortBalances(read.balances, flags.sort) } : read;
    const judgement = flags.warnBelow && judge(report, flags.warnBelow);

    const notes = reportNotes(report, configuration.skipped, judgement, flags.format === 'table' ? stdout.style : stderr.style);
    if (sandbox) notes.push(`${'sandbox'.padEnd(8)} the answers are the examples of the bundled specs; no vendor was asked`);
    if (flags.format === 'table') {
      const table = report.balances.length ? renderTable(report.balances, stdout.style, new Set(judgement?.below)) : 'No balances could be read.';
      stdout.write(`${[table, ...(notes.length ? ['', ...notes] : [])].join('\n')}\n`);
    } else {
      // Only the document on stdout, so that it can be piped or written to a file whole.
      stdout.write(flags.format === 'json' ? `${JSON.stringify(jsonReport(report), null, 2)}\n` : await openMetrics(readings, redactor));
      if (notes.length) stderr.write(`${notes.join('\n')}\n`);
    }
    return exitCodeOf(report.failures.length, judgement?.below.length ?? 0);
  } finally {
    await sandbox?.close();
  }
}

/** prom-client is loaded for this format only. */
async function openMetrics(readings: VendorReadings, redactor: Redactor): Promise<string> {
  const { renderCreditMetrics } = await import('../metrics/credit-metrics.js');
  return renderCreditMetrics(readings, { format: 'openmetrics', version: packageVersion(), redactor });
}

function judge(report: CreditBalanceReport, threshold: NonNullable<CreditsFlags['warnBelow']>): Judgement {
  return {
    threshold,
    below: report.balances.filter((balance) => isBelow(balance, threshold) === true),
    unjudged: report.balances.filter((balance) => isBelow(balance, threshold) === undefined),
  };
}
