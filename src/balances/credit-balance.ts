// One shape for "how many credits are left" across vendors. Each vendor counts different
// things; the fields below are the common denominator and `source` keeps the original.

/** The vendors creditline has clients and specs for, in the order reports list them. */
export const CREDIT_VENDORS = ['nue', 'xovi', 'maileon'] as const;

/**
 * A vendor creditline reads balances from: `'nue' | 'xovi' | 'maileon'`.
 *
 * @useDeclaredType
 */
export type CreditVendor = (typeof CREDIT_VENDORS)[number];

/** `credit`: an amount to spend (credits, a contingent's value); `quota`: a limit on how much may be in use at once (monitored keywords). */
export type CreditKind = 'credit' | 'quota';

/**
 * One balance of one vendor, in the same shape for every vendor: a row of credits (`kind: 'credit'`)
 * or of a quota (`kind: 'quota'`). The amounts are in the vendor's own unit (credits, a
 * contingent's value, monitored keywords); `source` keeps the vendor's own record.
 */
export interface CreditBalance<Source = unknown> {
  /** Whose balance it is. */
  vendor: CreditVendor;
  /** Whether it is an amount to spend (`credit`) or a limit on what may be in use at once (`quota`). */
  kind: CreditKind;
  /** Whose credits, by id: the XOVI account, the Maileon newsletter account, the Nue customer. */
  account: string;
  /** The account's name where the vendor gives one beside its id (a Nue customer's). It may name a person, so metrics leave it out. */
  accountName?: string;
  /** Which credits: the Nue account credit pool, the Maileon contingent or the quota (`monitored keywords`), by name; undefined for XOVI's credits. */
  name: string | undefined;
  /** Credits that can still be used; for a quota, how many more may be taken into use (`granted - used`, negative when over). */
  available: number;
  /** Credits used so far (in the current period, where the vendor has periods), or the part of a quota in use, when the vendor says. */
  used: number | undefined;
  /** Credits granted in all (available + used + whatever expired), or a quota's limit, when the vendor says. */
  granted: number | undefined;
  /** ISO timestamp when these credits expire or are refilled, when known. */
  renewsOrExpiresAt: string | undefined;
  /** The vendor's status of the pool or contingent (`Active`, `running`, …), when it has one. */
  status: string | undefined;
  /** Maileon: whether prepaid handling is on for the newsletter account (its contingents limit its mailings only then); absent when Maileon's answer did not say, and for the other vendors. */
  prepaid?: 'active' | 'inactive';
  /** The vendor's own records, untouched. */
  source: Source;
}

/** A partial answer: a vendor read, but not all of it (Nue pools whose statistics could not be read, a XOVI quota or Maileon's prepaid status that could not be read). */
export interface CreditBalanceWarning {
  /** The vendor that answered in part. */
  vendor: CreditVendor;
  /** Whose read it is about (as `CreditBalance.account`), when the vendor has several (Nue customers) or it is about one account. */
  account?: string;
  /**
   * What kind of gap it is: Nue's own warning `code`; `no-balance` (a Nue pool without a balance),
   * `customer-without-id` or `no-customers` (Nue's list of customers); `quota-unread` (XOVI's
   * keyword quota); `prepaid-status-unread` or `prepaid-status-unknown` (Maileon's prepaid status).
   */
  code?: string;
  /** What could not be read, in words (credentials masked). */
  message?: string;
}

/** A vendor, or one of its accounts (a Nue customer), that could not be read; the error is secret-free. */
export interface CreditBalanceFailure {
  /** The vendor that failed. */
  vendor: CreditVendor;
  /** The account that could not be read (as `CreditBalance.account`); absent when the whole vendor could not be. */
  account?: string;
  /** The error as the client threw it: a typed error of creditline (`ApiError`, `NetworkError`, …), credentials masked. */
  error: unknown;
}

/** What one vendor's reader found: its balances, its partial-answer warnings and the accounts it could not read. */
export interface VendorPart<Source = unknown> {
  balances: CreditBalance<Source>[];
  warnings: CreditBalanceWarning[];
  failures: CreditBalanceFailure[];
}
