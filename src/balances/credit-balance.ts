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

/** One balance of one vendor, in the same shape for every vendor; `source` keeps the vendor's own record. */
export interface CreditBalance<Source = unknown> {
  /** Whose balance it is. */
  vendor: CreditVendor;
  /** Whether it is an amount to spend or a limit on what may be in use. */
  kind: CreditKind;
  /** Whose credits: the XOVI account, the Maileon newsletter account, the Nue customer. */
  account: string;
  /** Which credits: the Nue account credit pool or the Maileon contingent, by name; undefined for XOVI's single balance. */
  name: string | undefined;
  /** Credits that can still be used. */
  available: number;
  /** Credits used so far (in the current period, where the vendor has periods), when the vendor says. */
  used: number | undefined;
  /** Credits granted in all (available + used + whatever expired), when the vendor says. */
  granted: number | undefined;
  /** ISO timestamp when these credits expire or are refilled, when known. */
  renewsOrExpiresAt: string | undefined;
  /** The vendor's status of the pool or contingent (`Active`, `running`, …), when it has one. */
  status: string | undefined;
  /** The vendor's own records, untouched. */
  source: Source;
}

/** A partial answer: a vendor read, but not all of it (Nue pools whose statistics could not be read). */
export interface CreditBalanceWarning {
  /** The vendor that answered in part. */
  vendor: CreditVendor;
  /** The vendor's code for it (Nue's warning `code`), or `no-balance` for a pool without a balance. */
  code?: string;
  /** What could not be read. */
  message?: string;
}
