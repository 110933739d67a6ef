// One shape for "how many credits are left" across vendors. Each vendor counts different
// things; the fields below are the common denominator and `source` keeps the original.

export type CreditVendor = 'xovi' | 'maileon' | 'nue';

export interface CreditBalance<Source = unknown> {
  vendor: CreditVendor;
  /** What the balance belongs to: the XOVI account, a Maileon contingent, a Nue customer. */
  account: string;
  /** Credits that can still be used. */
  available: number;
  /** Credits used so far (in the current period, where the vendor has periods). */
  used: number | undefined;
  /** Credits granted in all (available + used + whatever expired), when the vendor says. */
  granted: number | undefined;
  /** ISO timestamp when these credits expire or are refilled, when known. */
  renewsOrExpiresAt: string | undefined;
  /** The vendor's own record, untouched. */
  source: Source;
}
