// A Nue on 127.0.0.1 that serves the credit operations as Nue's guides show them
// (spec/nue/CURATION.md D1-D4): only the `nue-api-key` header is accepted, list answers are
// `{ status, data, pagination: { total } }` paged by `page`/`limit`, id filters are JSON arrays,
// and credit stats are keyed by pool id with warnings for pools it cannot read.
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
}

/** The ids of a JSON-array query parameter, or undefined when absent; throws on anything else. */
export function jsonIds(request: RecordedRequest, name: string): string[] | undefined {
  const raw = request.query.get(name);
  if (raw === null) return undefined;
  const value: unknown = JSON.parse(raw);
  if (!Array.isArray(value) || !value.every((id) => typeof id === 'string')) throw new Error(`${name} is not a JSON array of strings: ${raw}`);
  return value;
}

export async function useFakeNueCredits(options: FakeNueCreditsOptions): Promise<TestServer> {
  return useServer((request, response) => {
    if (request.headers['nue-api-key'] !== NUE_API_KEY || request.headers.authorization || request.headers.apiaccesskey) {
      return sendJson(response, 401, { title: 'Unauthorized', message: `invalid api key ${String(request.headers['nue-api-key'])}` });
    }
    const match = /^\/customers\/([^/]+)\/(account-credit-pools|credit-flows|credit-stats)$/.exec(request.path);
    if (request.method !== 'GET' || !match || match[1] !== (options.customerId ?? CUSTOMER))
      return sendJson(response, 404, { title: 'Not Found', message: `no route ${request.path}` });
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
              totalGrantCredits: 1000,
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
    let items: object[] = match[2] === 'account-credit-pools' ? options.pools.filter((p) => !poolIds || poolIds.includes(p.id ?? '')) : (options.flows ?? []);
    const assetNumbers = jsonIds(request, 'assetNumbers');
    if (assetNumbers) items = items.filter((f) => assetNumbers.includes((f as NueCreditFlow).assetNumber ?? ''));
    const data = items.slice((page - 1) * limit, page * limit);
    sendJson(response, 200, { status: 'success', data, ...(options.withoutTotal ? {} : { pagination: { total: items.length, page, limit } }) });
  });
}
