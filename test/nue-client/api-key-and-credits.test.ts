import {
  createNueClient,
  isConfigurationError,
  isNueApiError,
  isNueAuthError,
  isResponseParseError,
  type LogEntry,
  type NueClientOptions,
} from 'creditline/nue';
import { describe, expect, it } from 'vitest';
import { caught } from '../support/caught.js';
import { sendJson, useServer } from '../support/http-server.js';
import { expectNoSecrets, expectNoSecretsInLog } from '../support/secrets.js';
import { CUSTOMER, flow, NUE_API_KEY, pool, useFakeNueCredits } from './fake-nue-credits.js';
import { SOLO_AUTH, setup } from './fixtures.js';

const client = (origin: string, options: Partial<NueClientOptions> = {}) =>
  createNueClient({ baseUrl: origin, auth: { apiKey: NUE_API_KEY }, retry: { retries: 0 }, ...options });

const range = (count: number) => Array.from({ length: count }, (_, i) => i + 1);

describe('Nue API key (nue-api-key header)', () => {
  it('sends the key in the nue-api-key header and nothing else', async () => {
    const server = await useFakeNueCredits({ pools: [pool(1)] });
    const { data } = await client(server.origin).GET('/customers/{customerId}/account-credit-pools', { params: { path: { customerId: CUSTOMER } } });
    expect(data?.data?.[0]?.id).toBe('pool-1');
    const [request] = server.requests;
    expect(request?.headers['nue-api-key']).toBe(NUE_API_KEY);
    expect(request?.headers.authorization).toBeUndefined();
    expect(request?.headers.apiaccesskey).toBeUndefined();
  });

  it('makes a 401 a NueAuthError at once, with nothing to renew, and masks the key', async () => {
    const server = await useFakeNueCredits({ pools: [] });
    const log: LogEntry[] = [];
    const wrongKey = `${NUE_API_KEY}-revoked`;
    const nue = createNueClient({ baseUrl: server.origin, auth: { apiKey: wrongKey }, log: (entry) => log.push(entry) });
    expect(nue.auth.strategy).toBe('api-key');
    const error = await caught(nue.listAccountCreditPools({ customerId: CUSTOMER }).toArray({ max: 10 }));
    expect(isNueAuthError(error)).toBe(true);
    expect(error).toMatchObject({ problem: 'unauthorized', status: 401 });
    expect(server.requests).toHaveLength(1);
    expectNoSecrets(error, [wrongKey]);
    expectNoSecretsInLog(log, [wrongKey]);
  });

  it('rejects an empty key and a mix of strategies with a ConfigurationError', () => {
    for (const auth of [{ apiKey: '' }, { apiKey: NUE_API_KEY, bearerToken: 't', apiAccessKey: 'k' }]) {
      let error: unknown;
      try {
        createNueClient({ auth: auth as NueClientOptions['auth'] });
      } catch (e) {
        error = e;
      }
      expect(isConfigurationError(error)).toBe(true);
      expect((error as Error).message).toContain('auth');
    }
  });
});

describe('Nue credit stats', () => {
  it('takes accountPoolIds as a list and sends them JSON-encoded', async () => {
    const server = await useFakeNueCredits({ pools: [] });
    const { data } = await client(server.origin).GET('/customers/{customerId}/credit-stats', {
      params: { path: { customerId: CUSTOMER }, query: { accountPoolIds: ['pool-1', 'pool-2'] } },
    });
    expect(server.requests[0]?.url).toBe(`/customers/${CUSTOMER}/credit-stats?accountPoolIds=%5B%22pool-1%22%2C%22pool-2%22%5D`);
    expect(data?.status).toBe('success');
    expect(Object.keys(data?.data?.accountCreditPoolStats ?? {})).toEqual(['pool-1', 'pool-2']);
    expect(data?.data?.accountCreditPoolStats?.['pool-2']?.consumedCredits).toBe(2);
  });

  it('refuses more than 50 ids with a ConfigurationError before anything is sent', async () => {
    const server = await useFakeNueCredits({ pools: [] });
    const ids = range(51).map((n) => `pool-${n}`);
    const error = await caught(
      client(server.origin).GET('/customers/{customerId}/credit-stats', { params: { path: { customerId: CUSTOMER }, query: { accountPoolIds: ids } } }),
    );
    expect(isConfigurationError(error)).toBe(true);
    expect(error).toMatchObject({ option: 'accountPoolIds' });
    expect(() => client(server.origin).listAccountCreditPools({ customerId: CUSTOMER, accountPoolIds: ids })).toThrow(/at most 50/);
    expect(server.requests).toHaveLength(0);
  });

  it('keeps the partial-success warnings', async () => {
    const server = await useFakeNueCredits({ pools: [], unreadablePools: ['pool-9'] });
    const { data, response } = await client(server.origin).GET('/customers/{customerId}/credit-stats', {
      params: { path: { customerId: CUSTOMER }, query: { accountPoolIds: ['pool-1', 'pool-9'] } },
    });
    expect(response.status).toBe(207);
    expect(data?.warnings).toEqual([{ code: 'POOL_NOT_FOUND', message: 'account credit pool pool-9 could not be read' }]);
  });
});

describe('Nue account credit pools and credit flows', () => {
  it('pages pools by page and limit (500 by default), stopping by pagination.total without an empty request', async () => {
    const server = await useFakeNueCredits({ pools: range(1000).map(pool) });
    const pools = client(server.origin).listAccountCreditPools({ customerId: CUSTOMER });
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
    for await (const p of client(short.origin).listAccountCreditPools({ customerId: CUSTOMER, limit: 3 })) ids.push(p.id ?? '');
    expect(ids).toEqual(range(7).map((n) => `pool-${n}`));
    expect(short.requests.map((r) => r.query.get('page'))).toEqual(['1', '2', '3']);

    const exact = await useFakeNueCredits({ pools: range(6).map(pool), withoutTotal: true });
    await client(exact.origin).listAccountCreditPools({ customerId: CUSTOMER, limit: 3 }).toArray({ max: 6 });
    expect(exact.requests).toHaveLength(3); // the third, empty page is how an unknown total ends
  });

  it('filters pools by id, re-iterates from the first page, and fetches no page after break', async () => {
    const server = await useFakeNueCredits({ pools: range(10).map(pool) });
    const pools = client(server.origin).listAccountCreditPools({ customerId: CUSTOMER, accountPoolIds: ['pool-2', 'pool-5', 'pool-7'], limit: 2 });
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
    const flows = await client(server.origin)
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
    const nue = client(server.origin);
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
    const error = await caught(client(server.origin, { throwOnError: false }).listCreditFlows({ customerId: CUSTOMER }).toArray({ max: 10 }));
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
      expect(isResponseParseError(await caught(client(server.origin).listAccountCreditPools({ customerId: CUSTOMER }).toArray({ max: 10 })))).toBe(true);
    }
  });
});

describe('Nue token lifetime', () => {
  it('assumes the shorter documented lifetime (15 minutes) when the login answer has no expiresIn', async () => {
    const context = await setup({ auth: { ...SOLO_AUTH, refreshSkewSeconds: 0 } }, { omitExpiresIn: true, expiresIn: 3600 });
    const stats = { params: { path: { customerId: 'cus-1' }, query: { accountPoolIds: ['pool-1'] } } };
    await context.nue.GET('/customers/{customerId}/credit-stats', stats);
    context.clock.advance(14 * 60_000);
    await context.nue.GET('/customers/{customerId}/credit-stats', stats);
    expect(context.server.counts.refreshes).toBe(0);
    context.clock.advance(2 * 60_000);
    await context.nue.GET('/customers/{customerId}/credit-stats', stats);
    expect(context.server.counts.refreshes).toBe(1);
  });

  it('takes the lifetime from expiresIn when Nue sends it', async () => {
    const context = await setup({ auth: { ...SOLO_AUTH, refreshSkewSeconds: 0 } }, { expiresIn: 120 });
    const stats = { params: { path: { customerId: 'cus-1' }, query: { accountPoolIds: ['pool-1'] } } };
    await context.nue.GET('/customers/{customerId}/credit-stats', stats);
    context.clock.advance(100_000);
    await context.nue.GET('/customers/{customerId}/credit-stats', stats);
    expect(context.server.counts.refreshes).toBe(0);
    context.clock.advance(30_000);
    await context.nue.GET('/customers/{customerId}/credit-stats', stats);
    expect(context.server.counts.refreshes).toBe(1);
  });
});
