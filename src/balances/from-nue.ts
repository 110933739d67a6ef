// Nue: one balance per account credit pool of each customer. The pools (getAccountCreditPools)
// give each pool's name, status and balance; the credit stats (getCustomerCreditStats, at most 50
// pools a request) give the counters: `consumedCredits` used and `totalGrantCredits` granted. A
// pool the stats could not read (partial success) keeps its balance and shows up in the warnings.
//
// A tenant watches its customers, often hundreds: without named customers every customer of the
// tenant is read (listed as nue-customers.ts says). Customers are read a few at a time, each with
// one request in flight, so a tenant's 500 customers cost at most `concurrency` requests at once;
// a 429 waits as long as Nue's Retry-After asks (the client's retry rules). A customer that cannot
// be read is a failure naming it; the others are read all the same.
import type { components } from '../../generated/nue.js';
import { type CallOptions, helperInit } from '../core/create-core-client.js';
import { ConfigurationError, requireNonEmptyString } from '../core/errors.js';
import type { NueClient } from '../nue/create-nue-client.js';
import type { NueAccountCreditPool } from '../nue/credits/credit-lists.js';
import { MAX_IDS_PER_QUERY } from '../nue/query-serializer.js';
import { mapConcurrently } from './concurrently.js';
import type { CreditBalance, CreditBalanceWarning, VendorPart } from './credit-balance.js';
import { listNueCustomers, type NueCustomer } from './nue-customers.js';

type PoolStats = components['schemas']['AccountCreditPoolStats'];

/** Customers read at once when the source does not say. */
const DEFAULT_CONCURRENCY = 4;

/**
 * Where {@link readCreditBalances} reads Nue's balances: one row of credits per account credit pool
 * of each customer, of the customers named in `customerId` or, without it, of every customer of
 * the tenant.
 */
export interface NueBalanceSource {
  /** A client of `createNueClient` (pools, their statistics and, without `customerId`, the GraphQL `Customer` query). */
  client: Pick<NueClient, 'GET' | 'listAccountCreditPools' | 'graphql'>;
  /** The customer, or customers, whose pools to read; when absent, every customer of the tenant (GraphQL `Customer` query). */
  customerId?: string | string[];
  /** Only these pools (of each customer); all pools when absent. */
  accountPoolIds?: string[];
  /** The most pools to read of one customer; more is an error, not a silent cut (default 10 000). */
  max?: number;
  /** How many customers are read at once, each with one request in flight (default 4). */
  concurrency?: number;
}

/** The customer, the pool and the statistics the stats call had for it. */
export interface NuePoolRecord {
  customer: NueCustomer;
  pool: NueAccountCreditPool;
  stats: PoolStats | undefined;
}

export async function readNueBalances(source: NueBalanceSource, options: CallOptions): Promise<VendorPart<NuePoolRecord>> {
  const concurrency = source.concurrency ?? DEFAULT_CONCURRENCY;
  if (!Number.isInteger(concurrency) || concurrency < 1)
    throw new ConfigurationError('readCreditBalances: nue.concurrency', `must be a whole number >= 1, got ${String(concurrency)}`);
  const { customers, warnings } = source.customerId === undefined ? await listNueCustomers(source.client, options) : namedCustomers(source.customerId);
  const part: VendorPart<NuePoolRecord> = { balances: [], warnings, failures: [] };
  const reads = await mapConcurrently(customers, concurrency, (customer) =>
    readCustomer(source, customer, options).catch((error: unknown) => {
      if (options.signal?.aborted) throw error; // the whole read was called off: one failure, not one per customer
      return { balances: [], warnings: [], failures: [{ vendor: 'nue' as const, account: accountOf(customer), error }] };
    }),
  );
  for (const read of reads) {
    part.balances.push(...read.balances);
    part.warnings.push(...read.warnings);
    part.failures.push(...read.failures);
  }
  return part;
}

function namedCustomers(customerId: string | string[]): { customers: NueCustomer[]; warnings: CreditBalanceWarning[] } {
  const ids = (Array.isArray(customerId) ? customerId : [customerId]).map((id) => requireNonEmptyString('readCreditBalances: nue.customerId', id));
  if (ids.length === 0)
    throw new ConfigurationError('readCreditBalances: nue.customerId', 'must name at least one customer, or be left out to read every customer');
  return { customers: [...new Set(ids)].map((id) => ({ id, name: undefined })), warnings: [] };
}

function accountOf(customer: NueCustomer): string {
  return customer.name === undefined ? `customer ${customer.id}` : `customer ${customer.id} (${customer.name})`;
}

async function readCustomer(source: NueBalanceSource, customer: NueCustomer, options: CallOptions): Promise<VendorPart<NuePoolRecord>> {
  const { client } = source;
  const customerId = customer.id;
  const account = accountOf(customer);
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
    for (const warning of data?.warnings ?? []) warnings.push({ vendor: 'nue', ...warning, account });
  }

  const balances: CreditBalance<NuePoolRecord>[] = [];
  for (const pool of pools) {
    const poolStats = pool.id === undefined ? undefined : stats[pool.id];
    const available = pool.balance ?? poolStats?.totalBalance;
    if (available === undefined) {
      warnings.push({ vendor: 'nue', account, code: 'no-balance', message: `account credit pool ${pool.id ?? '(no id)'} has no balance in the answer` });
      continue;
    }
    balances.push({
      vendor: 'nue',
      kind: 'credit',
      account: `customer ${customerId}`,
      ...(customer.name === undefined ? {} : { accountName: customer.name }),
      name: pool.name ?? pool.creditPool?.name ?? pool.id,
      available,
      used: poolStats?.consumedCredits,
      granted: poolStats?.totalGrantCredits,
      renewsOrExpiresAt: undefined,
      status: pool.status,
      source: { customer, pool, stats: poolStats },
    });
  }
  return { balances, warnings, failures: [] };
}
