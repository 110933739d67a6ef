// The credit list helpers (listAccountCreditPools, listCreditFlows): paging by page and limit
// until pagination.total or a short page, their filters, the totals and caps of a walk, which
// option a ConfigurationError names, and what a malformed page is.
import { isConfigurationError, isNueApiError, isResponseParseError } from 'creditline/nue';
import { describe, expect, it } from 'vitest';
import { caught } from '../support/caught.js';
import { sendJson, useServer } from '../support/http-server.js';
import { CUSTOMER, flow, pool, useFakeNueCredits } from './fake-nue-credits.js';
import { apiKeyClient, thrown } from './fixtures.js';

const range = (count: number) => Array.from({ length: count }, (_, i) => i + 1);

const ids = (count: number) => Array.from({ length: count }, (_, i) => `pool-${i + 1}`);

describe('Nue account credit pools and credit flows', () => {
  it('pages pools by page and limit (500 by default), stopping by pagination.total without an empty request', async () => {
    const server = await useFakeNueCredits({ pools: range(1000).map(pool) });
    const pools = apiKeyClient(server.origin).listAccountCreditPools({ customerId: CUSTOMER });
    expect((await pools.toArray({ max: 1000 })).map((p) => p.id)).toEqual(range(1000).map((n) => `pool-${n}`));
    expect(server.requests.map((r) => [r.query.get('page'), r.query.get('limit')])).toEqual([
      ['1', '500'],
      ['2', '500'],
    ]);
    expect(pools.totals).toEqual({ items: 1000, pages: 2 });
  });

  it('stops at a short page, and without a total keeps going while pages are full', async () => {
    const short = await useFakeNueCredits({ pools: range(7).map(pool), withoutTotal: true });
    const ids: string[] = [];
    for await (const p of apiKeyClient(short.origin).listAccountCreditPools({ customerId: CUSTOMER, limit: 3 })) ids.push(p.id ?? '');
    expect(ids).toEqual(range(7).map((n) => `pool-${n}`));
    expect(short.requests.map((r) => r.query.get('page'))).toEqual(['1', '2', '3']);

    const exact = await useFakeNueCredits({ pools: range(6).map(pool), withoutTotal: true });
    await apiKeyClient(exact.origin).listAccountCreditPools({ customerId: CUSTOMER, limit: 3 }).toArray({ max: 6 });
    expect(exact.requests).toHaveLength(3); // the third, empty page is how an unknown total ends
  });

  it('filters pools by id, re-iterates from the first page, and fetches no page after break', async () => {
    const server = await useFakeNueCredits({ pools: range(10).map(pool) });
    const pools = apiKeyClient(server.origin).listAccountCreditPools({ customerId: CUSTOMER, accountPoolIds: ['pool-2', 'pool-5', 'pool-7'], limit: 2 });
    expect((await pools.toArray({ max: 3 })).map((p) => p.id)).toEqual(['pool-2', 'pool-5', 'pool-7']);
    expect(server.requests[0]?.query.get('accountPoolIds')).toBe('["pool-2","pool-5","pool-7"]');
    for await (const p of pools) {
      expect(p.id).toBe('pool-2');
      break;
    }
    expect(server.requests.map((r) => r.query.get('page'))).toEqual(['1', '2', '1']);
    const pages = [];
    for await (const page of pools.pages()) pages.push(page.items.length);
    expect(pages).toEqual([2, 1]);
  });

  it('pages credit flows with their filters: JSON id lists and includes=product,usage', async () => {
    const server = await useFakeNueCredits({ pools: [], flows: range(9).map(flow) });
    const flows = await apiKeyClient(server.origin)
      .listCreditFlows({ customerId: CUSTOMER, accountPoolIds: ['pool-1'], assetNumbers: ['SUB-1'], includes: ['product', 'usage'], limit: 2 })
      .toArray({ max: 100 });
    expect(flows.map((f) => f.transactionSourceId)).toEqual(['tx-1', 'tx-4', 'tx-7']);
    const query = server.requests[0]?.query;
    expect(query?.get('accountPoolIds')).toBe('["pool-1"]');
    expect(query?.get('assetNumbers')).toBe('["SUB-1"]');
    expect(query?.get('includes')).toBe('product,usage');
  });

  it('checks limit, ids and includes before sending anything', async () => {
    const server = await useFakeNueCredits({ pools: [] });
    const nue = apiKeyClient(server.origin);
    const bad = [
      () => nue.listAccountCreditPools({ customerId: CUSTOMER, limit: 0 }),
      () => nue.listAccountCreditPools({ customerId: CUSTOMER, limit: 501 }),
      () => nue.listAccountCreditPools({ customerId: '' }),
      () => nue.listAccountCreditPools({ customerId: CUSTOMER, accountPoolIds: [] }),
      () => nue.listCreditFlows({ customerId: CUSTOMER, includes: ['invoices' as 'usage'] }),
      () => nue.listCreditFlows({ customerId: CUSTOMER, assetNumbers: range(51).map(String) }),
    ];
    for (const call of bad) expect(call).toThrow(expect.objectContaining({ name: 'ConfigurationError' }));
    expect(server.requests).toHaveLength(0);
  });

  it('throws NueApiError from the pagers even when the client was made with throwOnError: false', async () => {
    const server = await useServer((_req, res) => sendJson(res, 500, { title: 'Server Error', message: 'down' }));
    const error = await caught(apiKeyClient(server.origin, { throwOnError: false }).listCreditFlows({ customerId: CUSTOMER }).toArray({ max: 10 }));
    expect(isNueApiError(error)).toBe(true);
    expect(error).toMatchObject({ status: 500, pathTemplate: '/customers/{customerId}/credit-flows' });
  });

  it('refuses a page that is not { data: [objects], pagination }', async () => {
    for (const body of [
      [pool(1)],
      { status: 'success', data: 'none' },
      { status: 'success', data: [1] },
      { status: 'success', data: [], pagination: { total: '3' } },
    ]) {
      const server = await useServer((_req, res) => sendJson(res, 200, body));
      expect(isResponseParseError(await caught(apiKeyClient(server.origin).listAccountCreditPools({ customerId: CUSTOMER }).toArray({ max: 10 })))).toBe(true);
    }
  });
});

describe('Nue credit lists: options', () => {
  it('names the helper and option in each ConfigurationError', async () => {
    const server = await useFakeNueCredits({ pools: [] });
    const nue = apiKeyClient(server.origin);
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
    const nue = apiKeyClient(server.origin);
    expect(await nue.listAccountCreditPools({ customerId: CUSTOMER, accountPoolIds: ids(50), limit: 500 }).toArray({ max: 10 })).toHaveLength(2);
    expect(await nue.listCreditFlows({ customerId: CUSTOMER, assetNumbers: ids(50), limit: 1 }).toArray({ max: 10 })).toEqual([]);
    expect(server.requests[0]?.query.get('limit')).toBe('500');
    expect(JSON.parse(server.requests[0]?.query.get('accountPoolIds') ?? '[]')).toHaveLength(50);
  });
});

describe('Nue credit lists: pages', () => {
  it('reports the item and page totals of pagination.total, and none without it', async () => {
    const server = await useFakeNueCredits({ pools: [1, 2, 3, 4, 5].map(pool) });
    const withTotal = apiKeyClient(server.origin).listAccountCreditPools({ customerId: CUSTOMER, limit: 2 });
    expect(await withTotal.toArray({ max: 10 })).toHaveLength(5);
    expect(withTotal.totals).toEqual({ items: 5, pages: 3 });

    const bare = await useFakeNueCredits({ pools: [1, 2, 3].map(pool), withoutTotal: true });
    const withoutTotal = apiKeyClient(bare.origin).listAccountCreditPools({ customerId: CUSTOMER, limit: 2 });
    expect(await withoutTotal.toArray({ max: 10 })).toHaveLength(3);
    expect(withoutTotal.totals).toEqual({ items: undefined, pages: undefined });
  });

  it('with a known total, a full cap does not fetch the next page before failing', async () => {
    const server = await useFakeNueCredits({ pools: [1, 2, 3, 4, 5].map(pool) });
    const error = await caught(apiKeyClient(server.origin).listAccountCreditPools({ customerId: CUSTOMER, limit: 2 }).toArray({ max: 2 }));
    expect(error).toMatchObject({ name: 'PaginationError' });
    expect(server.requests).toHaveLength(1);
  });

  it('stops at maxPages', async () => {
    const server = await useFakeNueCredits({ pools: [1, 2, 3, 4, 5].map(pool), flows: [1, 2, 3].map(flow) });
    const error = await caught(apiKeyClient(server.origin).listAccountCreditPools({ customerId: CUSTOMER, limit: 1, maxPages: 2 }).toArray({ max: 10 }));
    expect(error).toMatchObject({ name: 'PaginationError' });
    expect(server.requests).toHaveLength(2);
    const flows = await caught(apiKeyClient(server.origin).listCreditFlows({ customerId: CUSTOMER, limit: 1, maxPages: 1 }).toArray({ max: 10 }));
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
      const error = await caught(apiKeyClient(server.origin).listAccountCreditPools({ customerId: CUSTOMER }).toArray({ max: 10 }));
      expect(isResponseParseError(error), JSON.stringify(body)).toBe(true);
      expect((error as Error).message).toContain('account credit pools');
    }
    const server = await useServer((_req, res) => sendJson(res, 200, { status: 'success', data: {} }));
    const error = await caught(apiKeyClient(server.origin).listCreditFlows({ customerId: CUSTOMER }).toArray({ max: 10 }));
    expect(isResponseParseError(error)).toBe(true);
    expect((error as Error).message).toContain('credit flows');
    expect(error).toMatchObject({ pathTemplate: '/customers/{customerId}/credit-flows' });
  });

  it('takes a total of 0 and an empty page', async () => {
    const server = await useServer((_req, res) => sendJson(res, 200, { status: 'success', data: [], pagination: { total: 0 } }));
    const result = apiKeyClient(server.origin).listAccountCreditPools({ customerId: CUSTOMER });
    expect(await result.toArray({ max: 10 })).toEqual([]);
    expect(result.totals).toEqual({ items: 0, pages: 0 });
  });
});
