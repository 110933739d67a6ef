import { readCreditBalances } from 'creditline';
import { createMaileonClient } from 'creditline/maileon';
import { createNueClient } from 'creditline/nue';
import { createXoviClient } from 'creditline/xovi';
import { describe, expect, it } from 'vitest';
import { contingent, contingentPages, contingentRequests, MAILEON_KEY, useFakeMaileon } from '../maileon/fake-maileon.js';
import { CUSTOMER, NUE_API_KEY, pool, useFakeNueCredits } from '../nue-client/fake-nue-credits.js';
import { sendJson, sendRaw, useServer } from '../support/http-server.js';
import { expectNoSecrets } from '../support/secrets.js';
import { KEYWORD_LIMITS, useFakeXovi, XOVI_KEY } from '../xovi/fake-xovi.js';

const NO_RETRY = { retries: 0 };
const nueClient = (origin: string) => createNueClient({ auth: { apiKey: NUE_API_KEY }, baseUrl: origin, retry: NO_RETRY });

describe('readCreditBalances', () => {
  it('reads all three vendors with only their API keys: one row per Nue pool, XOVI credits and quota, a 3-page Maileon account whole', async () => {
    const xovi = await useFakeXovi({ pathForm: 'redirect-to-login' });
    const maileon = await useFakeMaileon({ pages: contingentPages(5, 2) });
    const nue = await useFakeNueCredits({ pools: [1, 2, 3].map(pool), unreadablePools: ['pool-3'] });

    const report = await readCreditBalances({
      xovi: { client: createXoviClient({ apiKey: XOVI_KEY, baseUrl: `${xovi.origin}/api` }) },
      maileon: { client: createMaileonClient({ apiKey: MAILEON_KEY, baseUrl: maileon.origin }), nlAccountId: 12345 },
      nue: { client: createNueClient({ auth: { apiKey: NUE_API_KEY }, baseUrl: nue.origin }), customerId: CUSTOMER },
    });

    expect(report.failures).toEqual([]);
    const byVendor = (vendor: string) => report.balances.filter((b) => b.vendor === vendor);
    expect(byVendor('xovi')).toEqual([
      expect.objectContaining({
        kind: 'credit',
        account: 'XOVI account',
        name: undefined,
        available: 5280,
        used: 720,
        granted: 6000,
        renewsOrExpiresAt: undefined,
        status: undefined,
      }),
      {
        vendor: 'xovi',
        kind: 'quota',
        account: 'XOVI account',
        name: 'monitored keywords',
        available: 4736,
        used: 264,
        granted: 5000,
        renewsOrExpiresAt: undefined,
        status: undefined,
        source: KEYWORD_LIMITS,
      },
    ]);
    expect(byVendor('maileon').map((b) => b.name)).toEqual([1, 2, 3, 4, 5].map((id) => `Contingent ${id} (contingent ${id})`));
    expect(byVendor('maileon')[0]).toMatchObject({
      account: 'newsletter account 12345',
      available: 990,
      used: 10,
      granted: 1000,
      status: 'running',
      prepaid: 'active',
      renewsOrExpiresAt: undefined,
    });
    expect(contingentRequests(maileon)).toHaveLength(3);
    expect(byVendor('nue')).toEqual([
      expect.objectContaining({ account: `customer ${CUSTOMER}`, name: 'Pool 1', available: 999, used: 1, granted: 1000, status: 'Active' }),
      expect.objectContaining({ name: 'Pool 2', available: 998, used: 2, granted: 1000 }),
      expect.objectContaining({ name: 'Pool 3', available: 997, used: undefined, granted: undefined }),
    ]);
    expect(report.warnings).toEqual([
      { vendor: 'nue', account: `customer ${CUSTOMER}`, code: 'POOL_NOT_FOUND', message: 'account credit pool pool-3 could not be read' },
    ]);
    expect(nue.requests.map((r) => r.path)).toEqual([`/customers/${CUSTOMER}/account-credit-pools`, `/customers/${CUSTOMER}/credit-stats`]);
    expect(nue.requests[1]?.query.get('accountPoolIds')).toBe('["pool-1","pool-2","pool-3"]');
  });

  it('asks Nue for the named pools only, and for stats in requests of at most 50 pools', async () => {
    const nue = await useFakeNueCredits({ pools: Array.from({ length: 120 }, (_, i) => pool(i + 1)) });
    const client = createNueClient({ auth: { apiKey: NUE_API_KEY }, baseUrl: nue.origin });
    const all = await readCreditBalances({ nue: { client, customerId: CUSTOMER } });
    expect(all.balances).toHaveLength(120);
    expect(nue.requests.filter((r) => r.path.endsWith('/credit-stats')).map((r) => JSON.parse(r.query.get('accountPoolIds') ?? '[]').length)).toEqual([
      50, 50, 20,
    ]);

    const some = await readCreditBalances({ nue: { client, customerId: CUSTOMER, accountPoolIds: ['pool-7', 'pool-9'] } });
    expect(some.balances.map((b) => b.name)).toEqual(['Pool 7', 'Pool 9']);
  });

  it('reports a failing vendor next to the balances of the others, without its key, even with throwOnError: false', async () => {
    const xovi = await useFakeXovi({ body: { apiErrorCode: 1, apiErrorMessage: `internal error for ${XOVI_KEY}` } });
    const maileon = await useServer((_req, res) => sendJson(res, 500, { message: 'down' }));
    const nue = await useFakeNueCredits({ pools: [pool(1)] });

    const report = await readCreditBalances({
      xovi: { client: createXoviClient({ apiKey: XOVI_KEY, baseUrl: `${xovi.origin}/api`, throwOnError: false }) },
      maileon: { client: createMaileonClient({ apiKey: MAILEON_KEY, baseUrl: maileon.origin, throwOnError: false, retry: NO_RETRY }), nlAccountId: 1 },
      nue: { client: createNueClient({ auth: { apiKey: NUE_API_KEY }, baseUrl: nue.origin, throwOnError: false }), customerId: CUSTOMER },
    });

    expect(report.balances.map((b) => b.vendor)).toEqual(['nue']);
    expect(report.failures).toHaveLength(2);
    expect(report.failures.find((f) => f.vendor === 'xovi')?.error).toMatchObject({ name: 'XoviError', apiErrorMessage: 'internal error for ***' });
    expect(report.failures.find((f) => f.vendor === 'maileon')?.error).toMatchObject({ name: 'ApiError', status: 500 });
    expectNoSecrets(report.failures[0]?.error, [XOVI_KEY, MAILEON_KEY]);
    expect(JSON.stringify(report.failures)).not.toContain(XOVI_KEY);
  });

  it('reads only the vendors it is given and sends nothing to the others', async () => {
    const xovi = await useFakeXovi();
    const maileon = await useFakeMaileon({ pages: contingentPages(1, 1) });
    const report = await readCreditBalances({ maileon: { client: createMaileonClient({ apiKey: MAILEON_KEY, baseUrl: maileon.origin }), nlAccountId: 3 } });
    expect(report.balances.map((b) => b.vendor)).toEqual(['maileon']);
    expect(xovi.requests).toHaveLength(0);
    expect(await readCreditBalances({})).toEqual({ balances: [], failures: [], warnings: [] });
  });

  it('passes the signal on: an aborted read is a failure of each vendor, not an empty balance', async () => {
    const xovi = await useFakeXovi();
    const controller = new AbortController();
    controller.abort();
    const report = await readCreditBalances(
      { xovi: { client: createXoviClient({ apiKey: XOVI_KEY, baseUrl: `${xovi.origin}/api` }) } },
      { signal: controller.signal },
    );
    expect(report.balances).toEqual([]);
    expect(report.failures).toEqual([{ vendor: 'xovi', error: expect.objectContaining({ name: 'AbortError' }) }]);
  });
});

// Edge cases: customers without pools, pools without ids, names or balances, stats answers
// without data, and what Maileon is asked for by default.
describe('readCreditBalances (Nue edge cases)', () => {
  it('a customer without pools reads no stats and reports nothing', async () => {
    const nue = await useFakeNueCredits({ pools: [] });
    const report = await readCreditBalances({ nue: { client: nueClient(nue.origin), customerId: CUSTOMER } });
    expect(report).toEqual({ balances: [], failures: [], warnings: [] });
    expect(nue.requests.map((r) => r.path)).toEqual([`/customers/${CUSTOMER}/account-credit-pools`]);
  });

  it('exactly 50 pools need one stats request, and a full answer without warnings adds none', async () => {
    const nue = await useFakeNueCredits({ pools: Array.from({ length: 50 }, (_, i) => pool(i + 1)) });
    const report = await readCreditBalances({ nue: { client: nueClient(nue.origin), customerId: CUSTOMER } });
    expect(report.failures).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.balances).toHaveLength(50);
    expect(nue.requests.filter((r) => r.path.endsWith('/credit-stats'))).toHaveLength(1);
  });

  it('asks stats only for pools with an id, takes the balance from the stats, names a pool by its credit pool or id, and warns of pools without a balance', async () => {
    const pools = [
      { id: 'pool-5', creditPool: { name: 'API Calls' }, status: 'Active' },
      { id: 'pool-6' },
      { id: 'pool-7', balance: 12 },
      { id: '', name: 'Empty id', balance: 3 },
      { name: 'No id' },
    ];
    const nue = await useFakeNueCredits({ pools, unreadablePools: ['pool-6'] });
    const report = await readCreditBalances({ nue: { client: nueClient(nue.origin), customerId: CUSTOMER } });
    expect(report.failures).toEqual([]);
    const stats = nue.requests.filter((r) => r.path.endsWith('/credit-stats'));
    expect(stats.map((r) => r.query.get('accountPoolIds'))).toEqual(['["pool-5","pool-6","pool-7"]']);
    expect(report.balances.map(({ name, available, used, granted }) => ({ name, available, used, granted }))).toEqual([
      { name: 'API Calls', available: 995, used: 5, granted: 1000 },
      { name: 'pool-7', available: 12, used: 7, granted: 1000 },
      { name: 'Empty id', available: 3, used: undefined, granted: undefined },
    ]);
    const customer = { id: CUSTOMER, name: undefined };
    expect(report.balances[0]?.source).toEqual({ customer, pool: pools[0], stats: expect.objectContaining({ totalBalance: 995, consumedCredits: 5 }) });
    expect(report.balances[2]?.source).toEqual({ customer, pool: pools[3], stats: undefined });
    const account = `customer ${CUSTOMER}`;
    expect(report.warnings).toEqual([
      { vendor: 'nue', account, code: 'POOL_NOT_FOUND', message: 'account credit pool pool-6 could not be read' },
      { vendor: 'nue', account, code: 'no-balance', message: 'account credit pool pool-6 has no balance in the answer' },
      { vendor: 'nue', account, code: 'no-balance', message: 'account credit pool (no id) has no balance in the answer' },
    ]);
  });

  it('a stats answer without data keeps the pool balances', async () => {
    const server = await useServer((request, response) => {
      if (request.path.endsWith('/credit-stats')) return sendJson(response, 200, { status: 'success' });
      sendJson(response, 200, { status: 'success', data: [pool(1)], pagination: { total: 1 } });
    });
    const report = await readCreditBalances({ nue: { client: nueClient(server.origin), customerId: CUSTOMER } });
    expect(report.failures).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.balances).toEqual([expect.objectContaining({ name: 'Pool 1', available: 999, used: undefined, granted: undefined })]);
  });

  it('an empty stats answer keeps the pool balances', async () => {
    const server = await useServer((request, response) => {
      if (request.path.endsWith('/credit-stats')) return sendRaw(response, 204);
      sendJson(response, 200, { status: 'success', data: [pool(1)], pagination: { total: 1 } });
    });
    const report = await readCreditBalances({ nue: { client: nueClient(server.origin), customerId: CUSTOMER } });
    expect(report.failures).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.balances).toEqual([expect.objectContaining({ name: 'Pool 1', available: 999, used: undefined })]);
  });

  it('a pool without an id gets no statistics, not those of a pool named "undefined"', async () => {
    const server = await useServer((request, response) => {
      if (request.path.endsWith('/credit-stats'))
        return sendJson(response, 200, { status: 'success', data: { accountCreditPoolStats: { undefined: { totalBalance: 5, consumedCredits: 95 } } } });
      sendJson(response, 200, {
        status: 'success',
        data: [
          { id: 'undefined', balance: 5 },
          { name: 'No id', balance: 7 },
        ],
        pagination: { total: 2 },
      });
    });
    const report = await readCreditBalances({ nue: { client: nueClient(server.origin), customerId: CUSTOMER } });
    expect(report.balances.map(({ name, used }) => ({ name, used }))).toEqual([
      { name: 'undefined', used: 95 },
      { name: 'No id', used: undefined },
    ]);
  });

  it('reports a failing Nue read under the vendor nue, naming the customer', async () => {
    const server = await useServer((_request, response) => sendJson(response, 500, { message: 'down' }));
    const report = await readCreditBalances({ nue: { client: nueClient(server.origin), customerId: CUSTOMER } });
    expect(report.balances).toEqual([]);
    expect(report.failures).toEqual([{ vendor: 'nue', account: `customer ${CUSTOMER}`, error: expect.objectContaining({ status: 500 }) }]);
  });
});

describe('readCreditBalances (Maileon)', () => {
  it('asks for running and outstanding contingents by default, and keeps a real expiry date', async () => {
    const expiring = { ...contingent(1), expiryDate: '2030-06-30T00:00:00+02:00' };
    const server = await useServer((_request, response) => sendJson(response, 200, [expiring, contingent(2)]));
    const client = createMaileonClient({ apiKey: MAILEON_KEY, baseUrl: server.origin, retry: { retries: 0 } });
    const report = await readCreditBalances({ maileon: { client, nlAccountId: 12345 } });
    expect(report.failures).toEqual([]);
    expect(report.balances.map((b) => b.renewsOrExpiresAt)).toEqual(['2030-06-30T00:00:00+02:00', undefined]);
    const status = server.requests[0]?.query.getAll('status').join(',');
    expect(status).toContain('running');
    expect(status).toContain('outstanding');
  });
});
