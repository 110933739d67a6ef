import { afterEach, describe, expect, it } from 'vitest';
import { createCoreClient, readCreditBalances, Redactor } from 'creditline';
import { createMaileonClient } from 'creditline/maileon';
import { createXoviClient } from 'creditline/xovi';
import type { paths as NuePaths } from '../../generated/nue.js';
import { sendJson, startServer, type TestServer } from '../support/http-server.js';
import { expectNoSecrets } from '../support/secrets.js';

const XOVI_KEY = 'xovi-balance-key-1';
const MAILEON_KEY = 'maileon-balance-key-2';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(handler: Parameters<typeof startServer>[0]) {
  const server = await startServer(handler);
  servers.push(server);
  return server;
}

const contingent = (id: number, available: number, expiryDate: string) => ({
  id,
  name: `C${id}`,
  status: 'running',
  contingentValue: 1000,
  availableValue: available,
  usedValue: 1000 - available,
  newsletterAccountId: 7,
  author: 'a@example.com',
  created: '2017-11-02T10:20:05+01:00',
  updated: '2017-12-12T18:11:00+01:00',
  expiryDate,
});

describe('readCreditBalances', () => {
  it('puts XOVI, Maileon and Nue credits into one list, with Nue partial-success warnings', async () => {
    const xoviServer = await serve((_req, res) =>
      sendJson(res, 200, {
        apiErrorCode: 0,
        apiErrorMessage: '0k.',
        apiResult: { creditamount: 1000, additionalCreditamount: 5000, bookedCreditamount: 1000, refillintervall: 4, lastrefill: '2013-03-08 15:00:00', creditsleft: 5280, creditsused: 720 },
      }),
    );
    const maileonServer = await serve((_req, res) =>
      sendJson(res, 200, [contingent(1, 990, '1970-01-01T01:00:00+01:00'), contingent(2, 500, '2030-01-01T00:00:00+01:00')], { 'x-pages': '1', 'x-items': '2' }),
    );
    const nueServer = await serve((req, res) => {
      expect(req.url).toBe('/customers/cust-1/credit-stats?accountPoolIds=pool-a%2Cpool-b');
      sendJson(res, 207, {
        status: 'PARTIAL',
        data: { summary: { totalBalance: 42.5, consumedCredits: 7.5, totalGrantCredits: 50 } },
        warnings: [{ code: 'POOL_NOT_FOUND', message: 'pool-b not found' }],
      });
    });
    const nue = createCoreClient<NuePaths>({ baseUrl: nueServer.origin, redactor: new Redactor() }).client;

    const report = await readCreditBalances({
      xovi: createXoviClient({ apiKey: XOVI_KEY, baseUrl: xoviServer.origin }),
      maileon: { client: createMaileonClient({ apiKey: MAILEON_KEY, baseUrl: maileonServer.origin }), nlAccountId: 7 },
      nue: { client: nue, customerId: 'cust-1', accountPoolIds: 'pool-a,pool-b' },
    });

    expect(report.failures).toEqual([]);
    const summary = report.balances
      .map(({ vendor, account, available, used, granted, renewsOrExpiresAt }) => ({ vendor, account, available, used, granted, renewsOrExpiresAt }))
      .sort((a, b) => a.account.localeCompare(b.account));
    expect(summary).toEqual([
      { vendor: 'maileon', account: 'contingent 1 (C1)', available: 990, used: 10, granted: 1000, renewsOrExpiresAt: undefined },
      { vendor: 'maileon', account: 'contingent 2 (C2)', available: 500, used: 500, granted: 1000, renewsOrExpiresAt: '2030-01-01T00:00:00+01:00' },
      { vendor: 'nue', account: 'customer cust-1', available: 42.5, used: 7.5, granted: 50, renewsOrExpiresAt: undefined },
      { vendor: 'xovi', account: 'xovi', available: 5280, used: 720, granted: 6000, renewsOrExpiresAt: undefined },
    ]);
    expect(report.warnings).toEqual([{ vendor: 'nue', code: 'POOL_NOT_FOUND', message: 'pool-b not found' }]);
    expect(new URL(maileonServer.requests[0]?.url ?? '', 'http://x').searchParams.getAll('status')).toEqual(['running', 'outstanding']);
  });

  it('reports a failing vendor next to the balances of the others, without its key', async () => {
    const xoviServer = await serve((_req, res) => sendJson(res, 200, { apiErrorCode: 5, apiErrorMessage: 'cost error' }));
    const maileonServer = await serve((_req, res) => sendJson(res, 200, [contingent(3, 10, '2030-01-01T00:00:00Z')]));
    const report = await readCreditBalances({
      xovi: createXoviClient({ apiKey: XOVI_KEY, baseUrl: xoviServer.origin }),
      maileon: { client: createMaileonClient({ apiKey: MAILEON_KEY, baseUrl: maileonServer.origin }), nlAccountId: 7 },
    });
    expect(report.balances.map((b) => b.vendor)).toEqual(['maileon']);
    expect(report.failures).toHaveLength(1);
    expect(report.failures[0]).toMatchObject({ vendor: 'xovi', error: { name: 'XoviCostError' } });
    expectNoSecrets(report.failures[0]?.error, [XOVI_KEY]);
  });
});
