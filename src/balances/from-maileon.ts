import type { CallOptions } from '../core/create-core-client.js';
import type { Contingent, ContingentStatus, MaileonClient } from '../maileon/create-maileon-client.js';
import type { CreditBalance } from './credit-balance.js';

/** The docs' examples use the epoch for contingents that never expire. */
const NO_EXPIRY = new Date('1970-01-01T00:00:00Z').getTime();

/** Where {@link readCreditBalances} reads Maileon's balances: one per contingent of a newsletter account. */
export interface MaileonBalanceSource {
  /** A client of `createMaileonClient`. */
  client: Pick<MaileonClient, 'listContingents'>;
  /** The newsletter account whose contingents to read. */
  nlAccountId: number;
  /** Which contingents count (default: running and outstanding ones). */
  status?: ContingentStatus[];
  /** The most contingents to read; more is an error, not a silent cut (default 10 000). */
  max?: number;
}

export function balanceFromContingent(nlAccountId: number, contingent: Contingent): CreditBalance<Contingent> {
  const expiry = new Date(contingent.expiryDate).getTime();
  return {
    vendor: 'maileon',
    kind: 'credit',
    account: `newsletter account ${nlAccountId}`,
    name: `${contingent.name} (contingent ${contingent.id})`,
    status: contingent.status,
    available: contingent.availableValue,
    used: contingent.usedValue,
    granted: contingent.contingentValue,
    renewsOrExpiresAt: expiry === NO_EXPIRY || Number.isNaN(expiry) ? undefined : contingent.expiryDate,
    source: contingent,
  };
}

export async function readMaileonBalances(source: MaileonBalanceSource, options: CallOptions): Promise<CreditBalance<Contingent>[]> {
  const contingents = await source.client
    .listContingents({ ...options, nlAccountId: source.nlAccountId, status: source.status ?? ['running', 'outstanding'] })
    .toArray({ max: source.max ?? 10_000 });
  return contingents.map((contingent) => balanceFromContingent(source.nlAccountId, contingent));
}
