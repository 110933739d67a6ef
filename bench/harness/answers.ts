// The answers every setting serves, as bytes made once: the in-memory fetch and the loopback
// server send the very same bodies, so the two tables measure the same parsing work.
import { contingent } from '../../test/maileon/fake-maileon.js';
import { CREDIT_STATE_ANSWER } from '../../test/support/xovi-credit-state.js';

export const XOVI_KEY = 'bench-key-0000';
export const MAILEON_KEY = 'bench-maileon-key-0000';
export const NUE_AUTH = { bearerToken: 'bench-token', apiAccessKey: 'bench-access-key' };
/** Contingents in the Maileon answer of the per-call tables: a small page, as a credit check asks for. */
export const MAILEON_PAGE_SIZE = 10;

/** XOVI's documented credit state in its success envelope. */
export const xoviAnswer = JSON.stringify(CREDIT_STATE_ANSWER);

/** A Nue credit-stats answer in the shape of spec/nue (CreditStatsResponse), one pool. */
export const nueAnswer = JSON.stringify({
  status: 'success',
  data: {
    accountCreditPoolStats: { 'pool-1': { creditPool: ['API Calls'], totalGrantCredits: 1000, consumedCredits: 280, totalBalance: 720 } },
    summary: { accountBalance: 720, creditPool: ['API Calls'], totalGrantCredits: 1000, expiredCredits: 0, consumedCredits: 280, totalBalance: 720 },
  },
});

/** A page of Maileon contingents, as test/maileon/fake-maileon.ts shapes them. */
export const maileonAnswer = JSON.stringify(Array.from({ length: MAILEON_PAGE_SIZE }, (_, i) => contingent(i + 1)));
