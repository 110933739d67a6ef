import { readCreditBalances } from 'creditline';
import { createMaileonClient } from 'creditline/maileon';
import { createNueClient } from 'creditline/nue';
import { createXoviClient } from 'creditline/xovi';
import { describe, expect, it } from 'vitest';
import { contingentPages, contingentRequests, MAILEON_KEY, useFakeMaileon } from '../maileon/fake-maileon.js';
import { CUSTOMER, NUE_API_KEY, pool, useFakeNueCredits } from '../nue-client/fake-nue-credits.js';
import { sendJson, useServer } from '../support/http-server.js';
import { expectNoSecrets } from '../support/secrets.js';
import { KEYWORD_LIMITS, useFakeXovi, XOVI_KEY } from '../xovi/fake-xovi.js';

const NO_RETRY = { retries: 0 };

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
