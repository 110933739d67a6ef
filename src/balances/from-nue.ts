// Nue: one balance per account credit pool. The pools (getAccountCreditPools) give each pool's name,
// status and balance; the credit stats (getCustomerCreditStats, at most 50 pools a request) give
// the counters: `consumedCredits` used and `totalGrantCredits` granted. A pool the stats could not
// read (partial success) keeps its balance and shows up in the warnings.
import type { components } from '../../generated/nue.js';
import { type CallOptions, helperInit } from '../core/create-core-client.js';
import type { NueClient } from '../nue/create-nue-client.js';
import type { NueAccountCreditPool } from '../nue/credits/credit-lists.js';
import { MAX_IDS_PER_QUERY } from '../nue/query-serializer.js';
import type { CreditBalance, CreditBalanceWarning } from './credit-balance.js';

type PoolStats = components['schemas']['AccountCreditPoolStats'];

/** Where {@link readCreditBalances} reads Nue's balances: one per account credit pool of a customer. */
export interface NueBalanceSource {
  /** A client of `createNueClient`. */
  client: Pick<NueClient, 'GET' | 'listAccountCreditPools'>;
  /** The customer whose pools to read. */
  customerId: string;
  /** Only these pools; all of the customer's pools when absent. */
  accountPoolIds?: string[];
  /** The most pools to read; more is an error, not a silent cut (default 10 000). */
  max?: number;
}

/** The pool and the statistics the stats call had for it. */
export interface NuePoolRecord {
  pool: NueAccountCreditPool;
  stats: PoolStats | undefined;
}

export async function readNueBalances(
  source: NueBalanceSource,
  options: CallOptions,
): Promise<{ balances: CreditBalance<NuePoolRecord>[]; warnings: CreditBalanceWarning[] }> {
  const { client, customerId } = source;
  const pools = await client
    .listAccountCreditPools({ ...options, customerId, ...(source.accountPoolIds ? { accountPoolIds: source.accountPoolIds } : {}) })
    .toArray({ max: source.max ?? 10_000 });
  const warnings: CreditBalanceWarning[] = [];
  const stats: Record<string, PoolStats> = {};
  const ids = pools.map((pool) => pool.id).filter((id): id is string => typeof id === 'string' && id !== '');
  for (let start = 0; start < ids.length; start += MAX_IDS_PER_QUERY) {
    const { data } = await client.GET('/customers/{customerId}/credit-stats', {
      ...helperInit(options),
      params: { path: { customerId }, query: { accountPoolIds: ids.slice(start, start + MAX_IDS_PER_QUERY) } },
    });
    Object.assign(stats, data?.data?.accountCreditPoolStats);
    for (const warning of data?.warnings ?? []) warnings.push({ vendor: 'nue', ...warning });
  }

  const balances: CreditBalance<NuePoolRecord>[] = [];
  for (const pool of pools) {
    const poolStats = pool.id === undefined ? undefined : stats[pool.id];
    const available = pool.balance ?? poolStats?.totalBalance;
    if (available === undefined) {
      warnings.push({ vendor: 'nue', code: 'no-balance', message: `account credit pool ${pool.id ?? '(no id)'} has no balance in the answer` });
      continue;
    }
    balances.push({
      vendor: 'nue',
      kind: 'credit',
      account: `customer ${customerId}`,
      name: pool.name ?? pool.creditPool?.name ?? pool.id,
      available,
      used: poolStats?.consumedCredits,
      granted: poolStats?.totalGrantCredits,
      renewsOrExpiresAt: undefined,
      status: pool.status,
      source: { pool, stats: poolStats },
    });
  }
  return { balances, warnings };
}
