// Reads every configured vendor at once. One vendor failing does not hide the others: its
// error is reported next to the balances that could be read. Vendors left out are not asked.
// The report lists the vendors in a fixed order, whichever answered first.
import type { CallOptions } from '../core/create-core-client.js';
import { CREDIT_VENDORS, type CreditBalance, type CreditBalanceWarning, type CreditVendor } from './credit-balance.js';
import { type MaileonBalanceSource, readMaileonBalances } from './from-maileon.js';
import { type NueBalanceSource, readNueBalances } from './from-nue.js';
import { readXoviBalances, type XoviBalanceSource } from './from-xovi.js';

/** The vendors to read, each with its client and account; a vendor left out is not asked. */
export interface CreditBalanceSources {
  /** XOVI's account. */
  xovi?: XoviBalanceSource;
  /** A Maileon newsletter account. */
  maileon?: MaileonBalanceSource;
  /** A Nue customer. */
  nue?: NueBalanceSource;
}

/** What {@link readCreditBalances} found: the balances, the vendors that failed and the partial answers. */
export interface CreditBalanceReport {
  /** Every balance that could be read, vendor by vendor in the order nue, xovi, maileon. */
  balances: CreditBalance[];
  /** Vendors that could not be read, with the (secret-free) error. */
  failures: Array<{
    /** The vendor that failed. */
    vendor: CreditVendor;
    /** Its error, as the client threw it (a typed error of creditline, credentials masked). */
    error: unknown;
  }>;
  /** Partial-success notes (Nue pools that could not be read). */
  warnings: CreditBalanceWarning[];
}

export interface ReadCreditBalancesOptions extends CallOptions {
  /** Called as soon as a vendor has answered or failed, with its part of the report and how long it took. */
  onVendor?: (vendor: CreditVendor, part: CreditBalanceReport, milliseconds: number) => void;
}

const READERS: {
  [Vendor in CreditVendor]: (source: NonNullable<CreditBalanceSources[Vendor]>, options: CallOptions) => Promise<Partial<CreditBalanceReport>>;
} = {
  nue: (source, options) => readNueBalances(source, options),
  xovi: async (source, options) => ({ balances: await readXoviBalances(source, options) }),
  maileon: async (source, options) => ({ balances: await readMaileonBalances(source, options) }),
};

/**
 * Reads the balances of every vendor in `sources` at once. One vendor failing does not hide the
 * others: its error is in `failures`, next to the balances that could be read. Never rejects for a
 * vendor's failure.
 */
export async function readCreditBalances(sources: CreditBalanceSources, options: ReadCreditBalancesOptions = {}): Promise<CreditBalanceReport> {
  const { onVendor, ...callOptions } = options;
  const parts = await Promise.all(
    CREDIT_VENDORS.map(async (vendor): Promise<CreditBalanceReport> => {
      const source = sources[vendor];
      if (!source) return { balances: [], failures: [], warnings: [] };
      const started = performance.now();
      let part: CreditBalanceReport;
      try {
        const read = await (READERS[vendor] as (source: unknown, options: CallOptions) => Promise<Partial<CreditBalanceReport>>)(source, callOptions);
        part = { balances: read.balances ?? [], failures: [], warnings: read.warnings ?? [] };
      } catch (error) {
        part = { balances: [], failures: [{ vendor, error }], warnings: [] };
      }
      onVendor?.(vendor, part, performance.now() - started);
      return part;
    }),
  );
  return {
    balances: parts.flatMap((part) => part.balances),
    failures: parts.flatMap((part) => part.failures),
    warnings: parts.flatMap((part) => part.warnings),
  };
}
