// XOVI: the credit state as one row of credits, and the monitoring keyword quota as one row of
// kind `quota`. Of XOVI's limits only the monitored keywords have a count of what is in use
// (`getKeywordLimits`: `total` and `used`); `getXoviLimits` gives the other limits (social URLs,
// onpage URLs, sub-accounts, …) as bare maximums with nothing to say how much of each is used
// (spec/xovi/CURATION.md L2), so they cannot say what is left and are not rows (read them with
// `xovi.getXoviLimits()`). A quota that cannot be read is a warning: the credit row stays.
import type { CallOptions } from '../core/create-core-client.js';
import type { XoviClient } from '../xovi/create-xovi-client.js';
import type { CreditState } from '../xovi/credit-state.js';
import type { KeywordLimits } from '../xovi/limits.js';
import type { CreditBalance, VendorPart } from './credit-balance.js';

const ACCOUNT = 'XOVI account';
const KEYWORDS_QUOTA = 'monitored keywords';

/**
 * Where {@link readCreditBalances} reads XOVI's balances: the account's credit state (a row of
 * credits) and its monitoring keyword quota (a row of kind `quota`, in keywords).
 */
export interface XoviBalanceSource {
  /** A client of `createXoviClient` (`getCreditState` and `getKeywordLimits`: two requests a read). */
  client: Pick<XoviClient, 'getCreditState' | 'getKeywordLimits'>;
}

/**
 * XOVI: `creditsleft` are available and `creditsused` used since the last refill; the monthly
 * amount plus the additionally booked amount is what was granted (5280 + 720 = 1000 + 5000 in
 * the docs' example). `lastrefill` has no time zone, so no renewal date is derived from it.
 */
export function balanceFromXovi(state: CreditState): CreditBalance<CreditState> {
  return {
    vendor: 'xovi',
    kind: 'credit',
    account: ACCOUNT,
    name: undefined,
    available: state.creditsleft,
    used: state.creditsused,
    granted: state.creditamount + state.additionalCreditamount,
    renewsOrExpiresAt: undefined,
    status: undefined,
    source: state,
  };
}

/** The monitoring keyword quota: `total` keywords may be monitored and `used` are, so `total - used` more can be added (negative when over). */
export function quotaFromKeywordLimits(limits: KeywordLimits): CreditBalance<KeywordLimits> {
  return {
    vendor: 'xovi',
    kind: 'quota',
    account: ACCOUNT,
    name: KEYWORDS_QUOTA,
    available: limits.total - limits.used,
    used: limits.used,
    granted: limits.total,
    renewsOrExpiresAt: undefined,
    status: undefined,
    source: limits,
  };
}

export async function readXoviBalances(source: XoviBalanceSource, options: CallOptions): Promise<VendorPart<CreditState | KeywordLimits>> {
  const [credits, keywords] = await Promise.allSettled([source.client.getCreditState(options), source.client.getKeywordLimits(options)]);
  const part: VendorPart<CreditState | KeywordLimits> = { balances: [], warnings: [], failures: [] };
  if (credits.status === 'fulfilled') part.balances.push(balanceFromXovi(credits.value));
  else part.failures.push({ vendor: 'xovi', error: credits.reason });
  if (keywords.status === 'fulfilled') part.balances.push(quotaFromKeywordLimits(keywords.value));
  else
    part.warnings.push({
      vendor: 'xovi',
      account: ACCOUNT,
      code: 'quota-unread',
      message: `the ${KEYWORDS_QUOTA} quota could not be read: ${String(keywords.reason)}`,
    });
  return part;
}
