import type { CreditState, XoviClient } from '../xovi/create-xovi-client.js';
import type { CreditBalance } from './credit-balance.js';

/**
 * XOVI: `creditsleft` are available and `creditsused` used since the last refill; the monthly
 * amount plus the additionally booked amount is what was granted (5280 + 720 = 1000 + 5000 in
 * the docs' example). `lastrefill` has no time zone, so it is passed on as written.
 */
export function balanceFromXovi(state: CreditState): CreditBalance<CreditState> {
  return {
    vendor: 'xovi',
    account: 'xovi',
    available: state.creditsleft,
    used: state.creditsused,
    granted: state.creditamount + state.additionalCreditamount,
    renewsOrExpiresAt: undefined,
    source: state,
  };
}

export async function readXoviBalances(xovi: Pick<XoviClient, 'getCreditState'>, signal?: AbortSignal): Promise<CreditBalance<CreditState>[]> {
  return [balanceFromXovi(await xovi.getCreditState(signal ? { signal } : {}))];
}
