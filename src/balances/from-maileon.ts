import type { Contingent, ContingentStatus, MaileonClient } from '../maileon/create-maileon-client.js';
import type { CreditBalance } from './credit-balance.js';

/** The docs' examples use the epoch for contingents that never expire. */
const NO_EXPIRY = new Date('1970-01-01T00:00:00Z').getTime();

export function balanceFromContingent(contingent: Contingent): CreditBalance<Contingent> {
  const expiry = new Date(contingent.expiryDate).getTime();
  return {
    vendor: 'maileon',
    account: `contingent ${contingent.id} (${contingent.name})`,
    available: contingent.availableValue,
    used: contingent.usedValue,
    granted: contingent.contingentValue,
    renewsOrExpiresAt: expiry === NO_EXPIRY || Number.isNaN(expiry) ? undefined : contingent.expiryDate,
    source: contingent,
  };
}

export interface MaileonBalanceOptions {
  nlAccountId: number;
  /** Which contingents count (default: running and outstanding ones). */
  status?: ContingentStatus[];
  /** The most contingents to read; more is an error, not a silent cut (default 10 000). */
  max?: number;
}

export async function readMaileonBalances(
  maileon: Pick<MaileonClient, 'listContingents'>,
  options: MaileonBalanceOptions,
  signal?: AbortSignal,
): Promise<CreditBalance<Contingent>[]> {
  const contingents = await maileon
    .listContingents({ nlAccountId: options.nlAccountId, status: options.status ?? ['running', 'outstanding'], ...(signal ? { signal } : {}) })
    .toArray({ max: options.max ?? 10_000 });
  return contingents.map(balanceFromContingent);
}
