// Reads every configured vendor at once. One vendor failing does not hide the others: its
// error is reported next to the balances that could be read. Vendors left out are not asked.
import type { CallOptions } from '../core/create-core-client.js';
import type { CreditBalance, CreditBalanceWarning, CreditVendor } from './credit-balance.js';
import { type MaileonBalanceSource, readMaileonBalances } from './from-maileon.js';
import { type NueBalanceSource, readNueBalances } from './from-nue.js';
import { readXoviBalances, type XoviBalanceSource } from './from-xovi.js';

export interface CreditBalanceSources {
  xovi?: XoviBalanceSource;
  maileon?: MaileonBalanceSource;
  nue?: NueBalanceSource;
}

export interface CreditBalanceReport {
  balances: CreditBalance[];
  /** Vendors that could not be read, with the (secret-free) error. */
  failures: Array<{ vendor: CreditVendor; error: unknown }>;
  /** Partial-success notes (Nue pools that could not be read). */
  warnings: CreditBalanceWarning[];
}

export async function readCreditBalances(sources: CreditBalanceSources, options: CallOptions = {}): Promise<CreditBalanceReport> {
  const report: CreditBalanceReport = { balances: [], failures: [], warnings: [] };
  // Stryker disable next-line ArrayDeclaration: Promise.all passes a non-promise element through, and the result is not used
  const reads: Array<Promise<void>> = [];
  const read = (vendor: CreditVendor, work: () => Promise<void>) => reads.push(work().catch((error: unknown) => void report.failures.push({ vendor, error })));

  const { xovi, maileon, nue } = sources;
  if (xovi) read('xovi', async () => void report.balances.push(...(await readXoviBalances(xovi, options))));
  if (maileon) read('maileon', async () => void report.balances.push(...(await readMaileonBalances(maileon, options))));
  if (nue) {
    read('nue', async () => {
      const { balances, warnings } = await readNueBalances(nue, options);
      report.balances.push(...balances);
      report.warnings.push(...warnings);
    });
  }
  await Promise.all(reads);
  return report;
}
