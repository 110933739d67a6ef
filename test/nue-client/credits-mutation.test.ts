// The credit list helpers: which option a ConfigurationError names, the limits of ids and limit,
// what a malformed page is, and the totals and caps of a walk.
import { createNueClient, isConfigurationError, isResponseParseError, type NueClientOptions } from 'creditline/nue';
import { describe, expect, it } from 'vitest';
import { caught } from '../support/caught.js';
import { sendJson, useServer } from '../support/http-server.js';
import { CUSTOMER, flow, NUE_API_KEY, pool, useFakeNueCredits } from './fake-nue-credits.js';

const client = (origin: string, options: Partial<NueClientOptions> = {}) =>
  createNueClient({ baseUrl: origin, auth: { apiKey: NUE_API_KEY }, retry: { retries: 0 }, ...options });

const ids = (count: number) => Array.from({ length: count }, (_, i) => `pool-${i + 1}`);

function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('Nue credit lists: options', () => {
  it('names the helper and option in each ConfigurationError', async () => {
    const server = await useFakeNueCredits({ pools: [] });
    const nue = client(server.origin);
    const cases: Array<[() => unknown, string]> = [
      [() => nue.listAccountCreditPools(undefined as never), 'listAccountCreditPools: customerId'],
      [() => nue.listCreditFlows(undefined as never), 'listCreditFlows: customerId'],
      [() => nue.listAccountCreditPools({ customerId: CUSTOMER, accountPoolIds: ['pool-1', ''] }), 'listAccountCreditPools: accountPoolIds'],
      [() => nue.listAccountCreditPools({ customerId: CUSTOMER, limit: 1.5 }), 'listAccountCreditPools: limit'],
      [() => nue.listAccountCreditPools({ customerId: CUSTOMER, maxPages: 0 }), 'listAccountCreditPools: maxPages'],
      [() => nue.listCreditFlows({ customerId: CUSTOMER, accountPoolIds: ['  '] }), 'listCreditFlows: accountPoolIds'],
      [() => nue.listCreditFlows({ customerId: CUSTOMER, assetNumbers: [42 as unknown as string] }), 'listCreditFlows: assetNumbers'],
      [() => nue.listCreditFlows({ customerId: CUSTOMER, includes: ['product', 'invoices' as 'usage'] }), 'listCreditFlows: includes'],
      [() => nue.listCreditFlows({ customerId: CUSTOMER, includes: 'product' as unknown as ['product'] }), 'listCreditFlows: includes'],
      [() => nue.listCreditFlows({ customerId: CUSTOMER, accountPoolIds: ids(51) }), 'listCreditFlows: accountPoolIds'],
    ];
    for (const [call, option] of cases) {
      const error = thrown(call);
      expect(isConfigurationError(error), option).toBe(true);
      expect(error).toMatchObject({ option });
    }
    expect(server.requests).toHaveLength(0);
  });

  it('takes exactly 50 ids and a limit of 500', async () => {
    const server = await useFakeNueCredits({ pools: [pool(1), pool(2)], flows: [flow(1)] });
    const nue = client(server.origin);
    expect(await nue.listAccountCreditPools({ customerId: CUSTOMER, accountPoolIds: ids(50), limit: 500 }).toArray({ max: 10 })).toHaveLength(2);
    expect(await nue.listCreditFlows({ customerId: CUSTOMER, assetNumbers: ids(50), limit: 1 }).toArray({ max: 10 })).toEqual([]);
    expect(server.requests[0]?.query.get('limit')).toBe('500');
    expect(JSON.parse(server.requests[0]?.query.get('accountPoolIds') ?? '[]')).toHaveLength(50);
  });
});

describe('Nue credit lists: pages', () => {
  it('reports the item and page totals of pagination.total, and none without it', async () => {
    const server = await useFakeNueCredits({ pools: [1, 2, 3, 4, 5].map(pool) });
    const withTotal = client(server.origin).listAccountCreditPools({ customerId: CUSTOMER, limit: 2 });
    expect(await withTotal.toArray({ max: 10 })).toHaveLength(5);
    expect(withTotal.totals).toEqual({ items: 5, pages: 3 });

    const bare = await useFakeNueCredits({ pools: [1, 2, 3].map(pool), withoutTotal: true });
    const withoutTotal = client(bare.origin).listAccountCreditPools({ customerId: CUSTOMER, limit: 2 });
    expect(await withoutTotal.toArray({ max: 10 })).toHaveLength(3);
    expect(withoutTotal.totals).toEqual({ items: undefined, pages: undefined });
  });

  it('with a known total, a full cap does not fetch the next page before failing', async () => {
    const server = await useFakeNueCredits({ pools: [1, 2, 3, 4, 5].map(pool) });
    const error = await caught(client(server.origin).listAccountCreditPools({ customerId: CUSTOMER, limit: 2 }).toArray({ max: 2 }));
    expect(error).toMatchObject({ name: 'PaginationError' });
    expect(server.requests).toHaveLength(1);
  });

  it('stops at maxPages', async () => {
    const server = await useFakeNueCredits({ pools: [1, 2, 3, 4, 5].map(pool), flows: [1, 2, 3].map(flow) });
    const error = await caught(client(server.origin).listAccountCreditPools({ customerId: CUSTOMER, limit: 1, maxPages: 2 }).toArray({ max: 10 }));
    expect(error).toMatchObject({ name: 'PaginationError' });
    expect(server.requests).toHaveLength(2);
    const flows = await caught(client(server.origin).listCreditFlows({ customerId: CUSTOMER, limit: 1, maxPages: 1 }).toArray({ max: 10 }));
    expect(flows).toMatchObject({ name: 'PaginationError' });
    expect(server.requests).toHaveLength(3);
  });

  it('refuses bodies that are not a page of objects, naming what was listed and where', async () => {
    const bodies: unknown[] = [
      null,
      'a page',
      42,
      { status: 'success', data: [null] },
      { status: 'success', data: [[pool(1)]] },
      { status: 'success', data: ['pool-1'] },
      { status: 'success', data: [], pagination: { total: -1 } },
      { status: 'success', data: [], pagination: { total: 1.5 } },
    ];
    for (const body of bodies) {
      const server = await useServer((_req, res) => sendJson(res, 200, body));
      const error = await caught(client(server.origin).listAccountCreditPools({ customerId: CUSTOMER }).toArray({ max: 10 }));
      expect(isResponseParseError(error), JSON.stringify(body)).toBe(true);
      expect((error as Error).message).toContain('account credit pools');
    }
    const server = await useServer((_req, res) => sendJson(res, 200, { status: 'success', data: {} }));
    const error = await caught(client(server.origin).listCreditFlows({ customerId: CUSTOMER }).toArray({ max: 10 }));
    expect(isResponseParseError(error)).toBe(true);
    expect((error as Error).message).toContain('credit flows');
    expect(error).toMatchObject({ pathTemplate: '/customers/{customerId}/credit-flows' });
  });

  it('takes a total of 0 and an empty page', async () => {
    const server = await useServer((_req, res) => sendJson(res, 200, { status: 'success', data: [], pagination: { total: 0 } }));
    const result = client(server.origin).listAccountCreditPools({ customerId: CUSTOMER });
    expect(await result.toArray({ max: 10 })).toEqual([]);
    expect(result.totals).toEqual({ items: 0, pages: 0 });
  });
});
