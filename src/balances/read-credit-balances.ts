// Reads every configured vendor at once. One vendor failing does not hide the others: its
// error is reported next to the balances that could be read. Vendors left out are not asked.
// The report lists the vendors in a fixed order, whichever answered first.
import type { CallOptions } from '../core/create-core-client.js';
import {
  CREDIT_VENDORS,
  type CreditBalance,
  type CreditBalanceFailure,
  type CreditBalanceWarning,
  type CreditVendor,
  type VendorPart,
} from './credit-balance.js';
import { type MaileonBalanceSource, readMaileonBalances } from './from-maileon.js';
import { type NueBalanceSource, readNueBalances } from './from-nue.js';
import { readXoviBalances, type XoviBalanceSource } from './from-xovi.js';

/** The vendors to read, each with its client and account; a vendor left out is not asked. */
export interface CreditBalanceSources {
  /** The XOVI account of the client's API key: its credits and its monitoring keyword quota. */
  xovi?: XoviBalanceSource;
  /** A Maileon newsletter account: its contingents and prepaid status. */
  maileon?: MaileonBalanceSource;
  /** Nue customers: the named ones, or every customer of the tenant. */
  nue?: NueBalanceSource;
}

/** What {@link readCreditBalances} found: the balances and quotas, what could not be read and the partial answers. */
export interface CreditBalanceReport {
  /** Every balance and quota that could be read, vendor by vendor in the order nue, xovi, maileon. */
  balances: CreditBalance[];
  /** Vendors, or accounts of a vendor (Nue customers), that could not be read, with the (secret-free) error. */
  failures: CreditBalanceFailure[];
  /** Partial-success notes (Nue pools, a XOVI quota, Maileon's prepaid status that could not be read). */
  warnings: CreditBalanceWarning[];
}

/** What `readCreditBalances` takes besides the sources: the per-call options of every request, and a progress callback. */
export interface ReadCreditBalancesOptions extends CallOptions {
  /** Called as soon as a vendor has answered or failed, with its part of the report and how long it took. */
  onVendor?: (vendor: CreditVendor, part: CreditBalanceReport, milliseconds: number) => void;
}

const READERS: {
  [Vendor in CreditVendor]: (source: NonNullable<CreditBalanceSources[Vendor]>, options: CallOptions) => Promise<VendorPart>;
} = {
  nue: readNueBalances,
  xovi: readXoviBalances,
  maileon: readMaileonBalances,
};

/**
 * Reads the balances of every vendor in `sources` at once. One vendor (or one Nue customer) failing
 * does not hide the others: its error is in `failures`, next to the balances that could be read;
 * a vendor's bad options (a ConfigurationError) and an abort by `signal` are failures too. Never
 * rejects for a vendor. It only reads: nothing is created or changed at a vendor.
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
        part = await (READERS[vendor] as (source: unknown, options: CallOptions) => Promise<VendorPart>)(source, callOptions);
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
