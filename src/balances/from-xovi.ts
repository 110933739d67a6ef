import type { CallOptions } from '../core/create-core-client.js';
import type { XoviClient } from '../xovi/create-xovi-client.js';
import type { CreditState } from '../xovi/credit-state.js';
import type { CreditBalance } from './credit-balance.js';

/** Where {@link readCreditBalances} reads XOVI's balance: the account's credit state. */
export interface XoviBalanceSource {
  /** A client of `createXoviClient`. */
  client: Pick<XoviClient, 'getCreditState'>;
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
    account: 'XOVI account',
    name: undefined,
    available: state.creditsleft,
    used: state.creditsused,
    granted: state.creditamount + state.additionalCreditamount,
    renewsOrExpiresAt: undefined,
    status: undefined,
    source: state,
  };
}

export async function readXoviBalances(source: XoviBalanceSource, options: CallOptions): Promise<CreditBalance<CreditState>[]> {
  return [balanceFromXovi(await source.client.getCreditState(options))];
}
