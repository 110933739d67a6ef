// readCreditBalances beside the credits: XOVI's monitoring keyword quota as a row of kind `quota`,
// and Maileon's prepaid status on each contingent's row. Neither hides the rows it goes with when
// it cannot be read: it becomes a warning naming the account.
import { readCreditBalances } from 'creditline';
import { createMaileonClient } from 'creditline/maileon';
import { createXoviClient } from 'creditline/xovi';
import { describe, expect, it } from 'vitest';
import { contingentPages, MAILEON_KEY, useFakeMaileon } from '../maileon/fake-maileon.js';
import { useFakeXovi, XOVI_KEY } from '../xovi/fake-xovi.js';

const xoviSource = (origin: string) => ({ client: createXoviClient({ apiKey: XOVI_KEY, baseUrl: `${origin}/api`, retry: { retries: 0 } }) });
const maileonSource = (origin: string) => ({
  client: createMaileonClient({ apiKey: MAILEON_KEY, baseUrl: origin, retry: { retries: 0 } }),
  nlAccountId: 12345,
});
const ok = (apiResult: unknown) => ({ apiErrorCode: 0, apiErrorMessage: '0k.', apiResult });

describe('XOVI in readCreditBalances', () => {
  it('gives the credits a row and the monitored keywords a quota row: 264 of 5,000 used, 4,736 left', async () => {
    const server = await useFakeXovi();
    const report = await readCreditBalances({ xovi: xoviSource(server.origin) });
    expect(report).toEqual({
      balances: [
        expect.objectContaining({ vendor: 'xovi', kind: 'credit', name: undefined, available: 5280 }),
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
          source: { total: 5000, used: 264 },
        },
      ],
      failures: [],
      warnings: [],
    });
    // The account's other limits have no count of what is used: they are not read for the view.
    expect(server.requests.map((r) => r.path.replace(XOVI_KEY, '{key}')).sort()).toEqual([
      '/api/monitor/getKeywordLimits/{key}/json',
      '/api/user/getCreditstate/{key}/json',
    ]);
  });

  it('shows a quota that is over its limit as a negative amount left', async () => {
    const server = await useFakeXovi({ answers: { getKeywordLimits: ok([{ total: 100, used: 130 }]) } });
    const report = await readCreditBalances({ xovi: xoviSource(server.origin) });
    expect(report.balances[1]).toMatchObject({ kind: 'quota', available: -30, used: 130, granted: 100 });
  });

  it('keeps the credit row when the quota cannot be read, with a warning that says why', async () => {
    const server = await useFakeXovi({ answers: { getKeywordLimits: { apiErrorCode: 5, apiErrorMessage: 'no permission' } } });
    const report = await readCreditBalances({ xovi: xoviSource(server.origin) });
    expect(report.balances).toEqual([expect.objectContaining({ kind: 'credit', available: 5280 })]);
    expect(report.failures).toEqual([]);
    expect(report.warnings).toEqual([
      {
        vendor: 'xovi',
        account: 'XOVI account',
        code: 'quota-unread',
        message:
          'the monitored keywords quota could not be read: XoviError: GET /monitor/getKeywordLimits/{key}/{format}: XOVI answered no permission (apiErrorCode 5)',
      },
    ]);
  });

  it('keeps the quota row when the credits cannot be read, the credits a failure of XOVI', async () => {
    const server = await useFakeXovi({ answers: { getCreditstate: { apiErrorCode: 1, apiErrorMessage: 'internal error' } } });
    const report = await readCreditBalances({ xovi: xoviSource(server.origin) });
    expect(report.balances).toEqual([expect.objectContaining({ kind: 'quota', available: 4736 })]);
    expect(report.failures).toEqual([{ vendor: 'xovi', error: expect.objectContaining({ name: 'XoviError', apiErrorMessage: 'internal error' }) }]);
    expect(report.warnings).toEqual([]);
  });
});

describe('Maileon in readCreditBalances', () => {
  it("puts the account's prepaid status on every contingent's row", async () => {
    for (const [active, prepaid] of [
      [true, 'active'],
      [false, 'inactive'],
    ] as const) {
      const server = await useFakeMaileon({ pages: contingentPages(3, 2), prepaidStatus: { status: 200, body: { active } } });
      const report = await readCreditBalances({ maileon: maileonSource(server.origin) });
      expect(report.balances.map((b) => b.prepaid)).toEqual([prepaid, prepaid, prepaid]);
      expect(report.warnings).toEqual([]);
      const status = server.requests.find((r) => r.path === '/partner/settings/prepaids/status');
      expect(status?.query.get('nl_account_id')).toBe('12345');
    }
  });

  it('keeps the rows without a prepaid status when the answer does not say it, with a warning', async () => {
    for (const body of [{}, { active: 'yes' }, { state: 'active' }]) {
      const server = await useFakeMaileon({ pages: contingentPages(2, 2), prepaidStatus: { status: 200, body } });
      const report = await readCreditBalances({ maileon: maileonSource(server.origin) });
      expect(report.balances).toHaveLength(2);
      for (const balance of report.balances) expect(balance).not.toHaveProperty('prepaid');
      expect(report.failures).toEqual([]);
      expect(report.warnings).toEqual([
        {
          vendor: 'maileon',
          account: 'newsletter account 12345',
          code: 'prepaid-status-unknown',
          message: 'the prepaid status answer has no true or false `active`; the contingents are shown without it',
        },
      ]);
    }
  });

  it('keeps the rows when the prepaid status cannot be read, with a warning naming the error', async () => {
    const server = await useFakeMaileon({ pages: contingentPages(2, 2), prepaidStatus: { status: 403, body: 'forbidden' } });
    const report = await readCreditBalances({ maileon: maileonSource(server.origin) });
    expect(report.balances.map((b) => b.available)).toEqual([990, 990]);
    expect(report.failures).toEqual([]);
    expect(report.warnings).toEqual([
      {
        vendor: 'maileon',
        account: 'newsletter account 12345',
        code: 'prepaid-status-unread',
        message: 'the prepaid status could not be read: ApiError: GET /partner/settings/prepaids/status failed with 403 Forbidden: forbidden',
      },
    ]);
  });
});
