// A Nue on 127.0.0.1 that serves the credit operations as Nue's guides show them
// (spec/nue/CURATION.md D1-D4): only the `nue-api-key` header is accepted, list answers are
// `{ status, data, pagination: { total } }` paged by `page`/`limit`, id filters are JSON arrays,
// and credit stats are keyed by pool id with warnings for pools it cannot read. A tenant with many
// customers lists them through the GraphQL `Customer` query (D11); some of its customers may fail
// or be rate limited, and the fake counts how many requests it has in hand at once.

import type { ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { NueAccountCreditPool, NueCreditFlow } from 'creditline/nue';
import { type RecordedRequest, sendJson, type TestServer, useServer } from '../support/http-server.js';

export const NUE_API_KEY = 'nue-api-key-5f2e9d8c';
export const CUSTOMER = 'cus-42';

export function pool(n: number): NueAccountCreditPool {
  return { id: `pool-${n}`, name: `Pool ${n}`, balance: 1000 - n, status: 'Active', creditPool: { name: 'API Calls' } };
}

export function flow(n: number): NueCreditFlow {
  return { transactionType: 'consume', transactionSourceId: `tx-${n}`, assetNumber: `SUB-${n % 3}` };
}

export interface FakeNueCreditsOptions {
  /** The one customer it knows (default CUSTOMER). */
  customerId?: string;
  pools: NueAccountCreditPool[];
  flows?: NueCreditFlow[];
  /** Leave `pagination.total` out of list answers. */
  withoutTotal?: boolean;
  /** Pool ids the stats call cannot read (partial success, 207). */
  unreadablePools?: string[];
  /** The tenant's customers, as the GraphQL `Customer` query answers them; each id among them has `pools` (and `customerId` is then not used). */
  customers?: Array<{ id?: unknown; name?: unknown }>;
  /** The whole GraphQL answer to the `Customer` query, over `customers`. */
  customerListAnswer?: unknown;
  /** Customers whose pools answer 500. */
  failingCustomers?: string[];
  /** Customers whose first request answers 429 with `Retry-After: 1`. */
  rateLimitedCustomers?: string[];
  /** How long each answer takes, so that requests overlap. */
  delayMs?: number;
  /** The pools of one customer, over `pools`. */
  poolsOf?: (customerId: string) => NueAccountCreditPool[];
  /** The credits granted to a pool, in its stats (default 1000). */
  grantedOf?: (poolId: string) => number;
}

/** A tenant's customer `n`. */
export function customer(n: number): { id: string; name: string } {
  return { id: `cus-${n}`, name: `Customer ${n}` };
}

export const GRAPHQL_PATH = '/v1/async/graphql';

export interface FakeNue extends TestServer {
  /** The most requests the fake had in hand at once. */
  maxInFlight(): number;
  /** For each rate-limited customer, how long after its 429 the next request came, in ms. */
  waitsAfter429(): number[];
}

/** The ids of a JSON-array query parameter, or undefined when absent; throws on anything else. */
export function jsonIds(request: RecordedRequest, name: string): string[] | undefined {
  const raw = request.query.get(name);
  if (raw === null) return undefined;
  const value: unknown = JSON.parse(raw);
  if (!Array.isArray(value) || !value.every((id) => typeof id === 'string')) throw new Error(`${name} is not a JSON array of strings: ${raw}`);
  return value;
}

export async function useFakeNueCredits(options: FakeNueCreditsOptions): Promise<FakeNue> {
  const known = new Set(options.customers ? options.customers.map((c) => c?.id) : [options.customerId ?? CUSTOMER]);
  const limited = new Set(options.rateLimitedCustomers ?? []);
  const limitedAt = new Map<string, number>();
  const waits: number[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const server = await useServer(async (request, response) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      if (options.delayMs) await sleep(options.delayMs);
      answer(request, response);
    } finally {
      inFlight--;
    }
  });
  return Object.assign(server, { maxInFlight: () => maxInFlight, waitsAfter429: () => waits });

  function answer(request: RecordedRequest, response: ServerResponse): void {
    if (request.headers['nue-api-key'] !== NUE_API_KEY || request.headers.authorization || request.headers.apiaccesskey) {
      return sendJson(response, 401, { title: 'Unauthorized', message: `invalid api key ${String(request.headers['nue-api-key'])}` });
    }
    if (request.method === 'POST' && request.path === GRAPHQL_PATH) {
      const { query } = JSON.parse(request.body) as { query: string };
      if (!/\bCustomer\b/.test(query)) return sendJson(response, 200, { errors: [{ message: `unknown query ${query}` }] });
      return sendJson(response, 200, options.customerListAnswer ?? { data: { Customer: options.customers ?? [] } });
    }
    const match = /^\/customers\/([^/]+)\/(account-credit-pools|credit-flows|credit-stats)$/.exec(request.path);
    if (request.method !== 'GET' || !match || !known.has(match[1])) return sendJson(response, 404, { title: 'Not Found', message: `no route ${request.path}` });
    const customerId = match[1] ?? '';
    const limitedSince = limitedAt.get(customerId);
    if (limitedSince !== undefined) {
      waits.push(performance.now() - limitedSince);
      limitedAt.delete(customerId);
    }
    if (limited.delete(customerId)) {
      limitedAt.set(customerId, performance.now());
      return sendJson(response, 429, { title: 'Too Many Requests' }, { 'retry-after': '1' });
    }
    if (options.failingCustomers?.includes(customerId))
      return sendJson(response, 500, { title: 'Internal Server Error', message: `customer ${customerId} is broken` });
    const poolIds = jsonIds(request, 'accountPoolIds');
    if (match[2] === 'credit-stats') {
      if (!poolIds || poolIds.length > 50) return sendJson(response, 400, { status: 'error', message: 'accountPoolIds must hold 1 to 50 ids' });
      const unreadable = new Set(options.unreadablePools ?? []);
      const stats = Object.fromEntries(
        poolIds
          .filter((id) => !unreadable.has(id))
          .map((id) => [
            id,
            {
              creditPool: ['API Calls'],
              creditType: 'Prepaid',
              totalGrantCredits: options.grantedOf?.(id) ?? 1000,
              consumedCredits: Number(id.slice(5)),
              totalBalance: 1000 - Number(id.slice(5)),
            },
          ]),
      );
      const warnings = poolIds
        .filter((id) => unreadable.has(id))
        .map((id) => ({ code: 'POOL_NOT_FOUND', message: `account credit pool ${id} could not be read` }));
      return sendJson(response, warnings.length ? 207 : 200, {
        status: 'success',
        data: { accountCreditPoolStats: stats, summary: {} },
        ...(warnings.length ? { warnings } : {}),
      });
    }
    const page = Number(request.query.get('page') ?? '1');
    const limit = Number(request.query.get('limit') ?? '100');
    const pools = options.poolsOf?.(customerId) ?? options.pools;
    let items: object[] = match[2] === 'account-credit-pools' ? pools.filter((p) => !poolIds || poolIds.includes(p.id ?? '')) : (options.flows ?? []);
    const assetNumbers = jsonIds(request, 'assetNumbers');
    if (assetNumbers) items = items.filter((f) => assetNumbers.includes((f as NueCreditFlow).assetNumber ?? ''));
    const data = items.slice((page - 1) * limit, page * limit);
    sendJson(response, 200, { status: 'success', data, ...(options.withoutTotal ? {} : { pagination: { total: items.length, page, limit } }) });
  }
}
