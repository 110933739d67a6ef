// What the metrics know of each vendor: how its latest read went, and the balances of its latest
// good one. A read that fails keeps the values read before, marked stale, so that graphs and
// forecasts go on through a vendor's outage while `creditline_vendor_up` says it is down.
import type { CreditBalance, CreditVendor } from '../balances/credit-balance.js';
import type { CreditBalanceReport } from '../balances/read-credit-balances.js';

export interface VendorReading {
  /** The latest read brought no failure. */
  up: boolean;
  /** How long the latest read took, in seconds. */
  durationSeconds: number;
  /** The balances served: those of the latest read that brought any, else of the latest good one. */
  balances: CreditBalance[];
  /** Partial-success warnings of the read the balances come from. */
  warnings: number;
  /** When the balances served were read, in milliseconds since the epoch; undefined before any was. */
  readAt: number | undefined;
  /** The balances served are from an earlier read than the latest, which failed. */
  stale: boolean;
}

/** The vendors read so far, each once; a vendor never read (not set up) is not there. */
export type VendorReadings = Partial<Record<CreditVendor, VendorReading>>;

/** The readings after one vendor's part of a read (readCreditBalances' onVendor) arrived at `now`. */
export function withVendorPart(readings: VendorReadings, vendor: CreditVendor, part: CreditBalanceReport, milliseconds: number, now: number): VendorReadings {
  const up = part.failures.length === 0;
  const durationSeconds = Math.round(milliseconds) / 1000;
  // A failed read that brought no balance keeps the good ones read before; one that brought some (part of a vendor's accounts) serves those, as they are newer.
  const kept = up || part.balances.length > 0 ? undefined : readings[vendor];
  const reading: VendorReading =
    kept?.readAt === undefined
      ? { up, durationSeconds, balances: part.balances, warnings: part.warnings.length, readAt: up || part.balances.length > 0 ? now : undefined, stale: false }
      : { ...kept, up, durationSeconds, stale: true };
  return { ...readings, [vendor]: reading };
}
