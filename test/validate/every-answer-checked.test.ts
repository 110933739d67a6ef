// Drift reports see every answer a client reads: an error answer of any vendor whose call ends in
// that vendor's own error (all of them ApiErrors), and every page a pager reads, the linked ones too.
import { isApiError } from 'creditline';
import { createMaileonClient } from 'creditline/maileon';
import { createNueClient, isNueAuthError } from 'creditline/nue';
import { createDriftCollector, type DriftReport, withValidation } from 'creditline/validate';
import { createXoviClient, isXoviError } from 'creditline/xovi';
import { describe, expect, it } from 'vitest';
import { contingent, contingentPages, MAILEON_KEY, useFakeMaileon } from '../maileon/fake-maileon.js';
import { caught } from '../support/caught.js';
import { sendJson, sendRaw, useServer } from '../support/http-server.js';

const noRetry = { retries: 0 };

function collecting() {
  const reports: DriftReport[] = [];
  return { reports, onDrift: (report: DriftReport) => reports.push(report) };
}

describe('error answers are reported, then end in the error they always end in', () => {
  it('XOVI: a 500 with an envelope (a status the spec does not list) is a XoviError and an undocumented-status report', async () => {
    const server = await useServer((_req, res) => sendJson(res, 500, { apiErrorCode: 99, apiErrorMessage: 'internal error' }));
    const { reports, onDrift } = collecting();
    const xovi = withValidation(createXoviClient({ apiKey: 'xovi-key-12345', baseUrl: server.origin, retry: noRetry }), 'xovi', {
      responses: 'report',
      onDrift,
    });
    const error = await caught(xovi.getCreditState());
    expect(isXoviError(error) && isApiError(error)).toBe(true);
    expect(error).toMatchObject({ status: 500, apiErrorCode: 99 });
    expect(reports).toMatchObject([{ api: 'xovi', operationId: 'getCreditstate', status: 500, kind: 'undocumented-status', in: 'status', seen: '500' }]);
  });

  it('XOVI: a documented 400 envelope whose message is not in the spec is a XoviError and an enum report', async () => {
    const server = await useServer((_req, res) => sendJson(res, 400, { apiErrorCode: 7, apiErrorMessage: 'quota exceeded' }));
    const { reports, onDrift } = collecting();
    const xovi = withValidation(createXoviClient({ apiKey: 'xovi-key-12345', baseUrl: server.origin, retry: noRetry }), 'xovi', {
      responses: 'report',
      onDrift,
    });
    const error = await caught(xovi.getCreditState());
    expect(isXoviError(error)).toBe(true);
    expect(reports).toMatchObject([{ api: 'xovi', status: 400, kind: 'enum', in: 'body', pointer: '/apiErrorMessage' }]);
  });

  it('Nue: a 401 with a JSON array (the spec says an object) is a NueAuthError and a type report', async () => {
    const server = await useServer((_req, res) => sendJson(res, 401, ['unauthorized']));
    const { reports, onDrift } = collecting();
    const nue = withValidation(createNueClient({ auth: { apiKey: 'nue-key-12345' }, baseUrl: server.origin, retry: noRetry }), 'nue', {
      responses: 'report',
      onDrift,
    });
    const error = await caught(
      nue.GET('/customers/{customerId}/credit-stats', { params: { path: { customerId: 'c-1' }, query: { accountPoolIds: ['p-1'] } } }),
    );
    expect(isNueAuthError(error) && isApiError(error)).toBe(true);
    expect(reports).toMatchObject([{ api: 'nue', operationId: 'getCustomerCreditStats', status: 401, kind: 'type', in: 'body', pointer: '', seen: 'array' }]);
  });

  it('the same XOVI 500 as an HTML page is reported as before', async () => {
    const server = await useServer((_req, res) => sendRaw(res, 500, '<html>down</html>', { 'content-type': 'text/html' }));
    const { reports, onDrift } = collecting();
    const xovi = withValidation(createXoviClient({ apiKey: 'xovi-key-12345', baseUrl: server.origin, retry: noRetry }), 'xovi', {
      responses: 'report',
      onDrift,
    });
    expect(await caught(xovi.getCreditState())).toMatchObject({ name: 'ApiError', status: 500 });
    expect(reports).toMatchObject([{ status: 500, kind: 'undocumented-status' }]);
  });
});

describe('every page a pager reads is checked, not only the first', () => {
  it('Maileon: a drifting second and third page (reached by their Link headers) are reported', async () => {
    const [first, second, third] = contingentPages(3, 1);
    const pages = [first, second?.map((c) => ({ ...c, status: 'paused' })), third?.map(({ author: _author, ...rest }) => rest)];
    const server = await useFakeMaileon({ pages: pages as ReturnType<typeof contingentPages> });
    const collector = createDriftCollector();
    const maileon = withValidation(createMaileonClient({ apiKey: MAILEON_KEY, baseUrl: server.origin, retry: noRetry }), 'maileon', {
      responses: 'report',
      onDrift: collector.onDrift,
    });
    const items = await maileon.listContingents({ nlAccountId: 1 }).toArray({ max: 10 });
    expect(items.map((c) => c.id)).toEqual([1, 2, 3]);
    expect(server.requests).toHaveLength(3);
    expect(collector.reports()).toMatchObject([
      { api: 'maileon', operationId: 'listContingents', kind: 'enum', pointer: '/*/status', count: 1 },
      { api: 'maileon', operationId: 'listContingents', kind: 'missing-property', pointer: '/*/author', count: 1 },
    ]);
  });

  it('Maileon: a linked page is checked whichever way it is read, pages() too', async () => {
    const server = await useServer((req, res) =>
      req.query.get('page') === '2'
        ? sendJson(res, 200, [{ ...contingent(2), status: 'paused' }])
        : sendJson(res, 200, [contingent(1)], { link: `<${server.origin}/partner/settings/prepaids/contingents?nl_account_id=1&page=2>; rel="next"` }),
    );
    const { reports, onDrift } = collecting();
    const maileon = withValidation(createMaileonClient({ apiKey: MAILEON_KEY, baseUrl: server.origin, retry: noRetry }), 'maileon', {
      responses: 'report',
      onDrift,
    });
    for await (const _page of maileon.listContingents({ nlAccountId: 1 }).pages());
    expect(reports).toMatchObject([{ kind: 'enum', pointer: '/*/status' }]);
  });
});
