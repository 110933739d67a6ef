// Reads every configured vendor at once. One vendor failing does not hide the others:
// its error is reported next to the balances that could be read.
import type { CreditBalance, CreditVendor } from './credit-balance.js';
import { readMaileonBalances, type MaileonBalanceOptions } from './from-maileon.js';
import { readNueBalance } from './from-nue.js';
import { readXoviBalances } from './from-xovi.js';

export interface CreditBalanceSources {
  xovi?: Parameters<typeof readXoviBalances>[0];
  maileon?: { client: Parameters<typeof readMaileonBalances>[0] } & MaileonBalanceOptions;
  nue?: { client: Parameters<typeof readNueBalance>[0]; customerId: string; accountPoolIds: string };
}

export interface CreditBalanceReport {
  balances: CreditBalance[];
  /** Vendors that could not be read, with the (secret-free) error. */
  failures: Array<{ vendor: CreditVendor; error: unknown }>;
  /** Partial-success notes (Nue pools that could not be read). */
  warnings: Array<{ vendor: CreditVendor; code?: string; message?: string }>;
}

export async function readCreditBalances(sources: CreditBalanceSources, options: { signal?: AbortSignal } = {}): Promise<CreditBalanceReport> {
  const { signal } = options;
  const report: CreditBalanceReport = { balances: [], failures: [], warnings: [] };
  const reads: Array<Promise<void>> = [];
  const read = (vendor: CreditVendor, work: () => Promise<void>) =>
    reads.push(work().catch((error: unknown) => void report.failures.push({ vendor, error })));

  const { xovi, maileon, nue } = sources;
  if (xovi) read('xovi', async () => void report.balances.push(...(await readXoviBalances(xovi, signal))));
  if (maileon) read('maileon', async () => void report.balances.push(...(await readMaileonBalances(maileon.client, maileon, signal))));
  if (nue) {
    read('nue', async () => {
      const { balance, warnings } = await readNueBalance(nue.client, nue, signal);
      report.balances.push(balance);
      report.warnings.push(...warnings.map((w) => ({ vendor: 'nue' as const, ...w })));
    });
  }
  await Promise.all(reads);
  return report;
}
