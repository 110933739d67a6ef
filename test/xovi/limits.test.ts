// XOVI's limits through the client: `getXoviLimits` (every limit of the account, name/value
// pairs) and `getKeywordLimits` (the monitoring keyword quota), each unwrapped from the envelope
// as `getCreditState` is, as JSON or XML, in the key placement the client is in; and the same
// operations as typed raw calls.
import { createXoviClient, isResponseParseError, isXoviAuthError, isXoviError, type LogEntry, type XoviClientOptions, XoviError } from 'creditline/xovi';
import { describe, expect, it } from 'vitest';
import { caught } from '../support/caught.js';
import { sendJson, sendRaw, useServer } from '../support/http-server.js';
import { expectNoSecrets } from '../support/secrets.js';
import { CREDIT_STATE, KEYWORD_LIMITS, keyPlacement, methodOf, SUCCESS_XML, useFakeXovi, XOVI_KEY, XOVI_LIMITS } from './fake-xovi.js';

const client = (origin: string, options: Partial<XoviClientOptions> = {}) =>
  createXoviClient({ apiKey: XOVI_KEY, baseUrl: `${origin}/api`, retry: { retries: 0 }, ...options });

const ok = (apiResult: unknown) => ({ apiErrorCode: 0, apiErrorMessage: '0k.', apiResult });

describe('XOVI getXoviLimits and getKeywordLimits', () => {
  it('unwrap the limits and the keyword quota from the 0k. envelope, with the key and format in the path', async () => {
    const server = await useFakeXovi();
    const xovi = client(server.origin);
    await expect(xovi.getXoviLimits()).resolves.toEqual(XOVI_LIMITS);
    await expect(xovi.getKeywordLimits()).resolves.toEqual(KEYWORD_LIMITS);
    expect(server.requests.map((r) => r.url)).toEqual([`/api/user/getXoviLimits/${XOVI_KEY}/json`, `/api/monitor/getKeywordLimits/${XOVI_KEY}/json`]);
  });

  it('read apiErrorCode sent as a numeric string, an apiMeta beside it, and an empty list of limits', async () => {
    const server = await useFakeXovi({
      answers: {
        getXoviLimits: { ...ok([]), apiErrorCode: '0', apiMeta: {} },
        getKeywordLimits: { ...ok([{ total: 10, used: 12 }]), apiErrorCode: '0' },
      },
    });
    await expect(client(server.origin).getXoviLimits()).resolves.toEqual([]);
    await expect(client(server.origin).getKeywordLimits()).resolves.toEqual({ total: 10, used: 12 });
  });

  it('return the XML of each method as text, after checking its envelope', async () => {
    const server = await useFakeXovi();
    const xovi = client(server.origin);
    await expect(xovi.getXoviLimitsXml()).resolves.toBe(SUCCESS_XML);
    await expect(xovi.getKeywordLimitsXml()).resolves.toBe(SUCCESS_XML);
    expect(server.requests.map((r) => r.url)).toEqual([`/api/user/getXoviLimits/${XOVI_KEY}/xml`, `/api/monitor/getKeywordLimits/${XOVI_KEY}/xml`]);

    const refused = await useServer((_request, response) =>
      sendRaw(response, 200, '<result><apiErrorCode>7</apiErrorCode><apiErrorMessage>no permission</apiErrorMessage></result>', {
        'content-type': 'application/xml',
      }),
    );
    const error = await caught(client(refused.origin).getKeywordLimitsXml());
    expect(error).toMatchObject({
      name: 'XoviError',
      apiErrorMessage: 'no permission',
      apiErrorCode: 7,
      pathTemplate: '/monitor/getKeywordLimits/{key}/{format}',
    });
    const page = await useServer((_request, response) => sendRaw(response, 200, '<html></html>', { 'content-type': 'text/html' }));
    const notXml = await caught(client(page.origin).getXoviLimitsXml());
    expect(isResponseParseError(notXml)).toBe(true);
    expect((notXml as Error).message).toBe('GET /user/getXoviLimits/{key}/{format}: the response body could not be read: expected an XML <result> envelope');
  });

  it('report "no permission" (a key without access to the method) as a XoviError naming the method, the key masked', async () => {
    const server = await useFakeXovi({ body: { apiErrorCode: 5, apiErrorMessage: 'no permission' } });
    for (const [call, pathTemplate] of [
      [client(server.origin).getXoviLimits(), '/user/getXoviLimits/{key}/{format}'],
      [client(server.origin).getKeywordLimits(), '/monitor/getKeywordLimits/{key}/{format}'],
    ] as const) {
      const error = await caught(call);
      expect(error).toBeInstanceOf(XoviError);
      expect(error).toMatchObject({ name: 'XoviError', apiErrorMessage: 'no permission', apiErrorCode: 5, status: 200, method: 'GET', pathTemplate });
      expect((error as Error).message).toBe(`GET ${pathTemplate}: XOVI answered no permission (apiErrorCode 5)`);
      expectNoSecrets(error, [XOVI_KEY]);
    }
  });

  it('report cost errors, invalid keys and missing parameters by their classes, as getCreditState does', async () => {
    const cost = await useFakeXovi({ body: { apiErrorCode: 1, apiErrorMessage: 'cost error' } });
    expect(await caught(client(cost.origin).getKeywordLimits())).toMatchObject({ name: 'XoviCostError' });
    const invalid = await useFakeXovi({ status: 401, body: { apiErrorCode: 2, apiErrorMessage: 'param invalid' } });
    expect(await caught(client(invalid.origin).getXoviLimits())).toMatchObject({ name: 'XoviAuthError', problem: 'invalid-key', status: 401 });
    const missing = await useFakeXovi({ status: 400, body: { apiErrorCode: 80, apiErrorMessage: 'param missing', paramname: 'format' } });
    expect(await caught(client(missing.origin).getKeywordLimits())).toMatchObject({ name: 'XoviParamError', paramName: 'format' });
  });

  it('refuse an apiResult that is not the method’s: no list of limits, no list of one quota', async () => {
    const limits = [
      { name: 'monitoringKeywords' },
      { name: '', value: 1 },
      { name: 'x', value: '5000' },
      { name: 'x', value: null },
      ['monitoringKeywords', 5000],
      { value: 1 },
      null,
    ];
    for (const apiResult of [XOVI_LIMITS[0], 'x', null, ...limits.map((entry) => [entry])]) {
      const server = await useFakeXovi({ answers: { getXoviLimits: ok(apiResult) } });
      const error = await caught(client(server.origin).getXoviLimits());
      expect({ apiResult, message: (error as Error).message }).toEqual({
        apiResult,
        message:
          'GET /user/getXoviLimits/{key}/{format}: the response body could not be read: the envelope says 0k. but apiResult is not a list of limits ({ name, value })',
      });
    }
    for (const apiResult of [
      KEYWORD_LIMITS,
      [],
      [KEYWORD_LIMITS, KEYWORD_LIMITS],
      [null],
      [[5000, 264]],
      [{ total: 5000 }],
      [{ total: '5000', used: 264 }],
      [{ total: 5000, used: null }],
    ]) {
      const server = await useFakeXovi({ answers: { getKeywordLimits: ok(apiResult) } });
      const error = await caught(client(server.origin).getKeywordLimits());
      expect({ apiResult, message: (error as Error).message }).toEqual({
        apiResult,
        message:
          'GET /monitor/getKeywordLimits/{key}/{format}: the response body could not be read: the envelope says 0k. but apiResult is not a list of one keyword limit ({ total, used })',
      });
    }
  });

  it('refuse a body that is no envelope, in the form that was sent', async () => {
    const server = await useServer((_request, response) => sendJson(response, 200, [KEYWORD_LIMITS]));
    const error = await caught(client(server.origin, { keyIn: 'query' }).getKeywordLimits());
    expect(isResponseParseError(error)).toBe(true);
    expect((error as Error).message).toBe(
      'GET /monitor/getKeywordLimits: the response body could not be read: expected the XOVI envelope (apiErrorCode, apiErrorMessage)',
    );
  });

  it('throw even when the client was made with throwOnError: false', async () => {
    const server = await useFakeXovi({ status: 500, body: { apiErrorCode: 1, apiErrorMessage: 'internal error' } });
    const xovi = client(server.origin, { throwOnError: false });
    expect(await caught(xovi.getXoviLimits())).toMatchObject({ name: 'XoviError', status: 500 });
    expect(await caught(xovi.getKeywordLimits())).toMatchObject({ name: 'XoviError', status: 500 });
  });
});

describe('XOVI key placement across methods', () => {
  it('a login redirect of any method’s path form moves every later call of the client to the query form', async () => {
    const server = await useFakeXovi({ pathForm: 'redirect-to-login' });
    const xovi = client(server.origin);
    await expect(xovi.getKeywordLimits()).resolves.toEqual(KEYWORD_LIMITS);
    await expect(xovi.getXoviLimits()).resolves.toEqual(XOVI_LIMITS);
    await expect(xovi.getCreditState()).resolves.toEqual(CREDIT_STATE);
    expect(server.requests.map((r) => `${methodOf(r)} ${keyPlacement(r)}`)).toEqual([
      'getKeywordLimits path',
      'getKeywordLimits query',
      'getXoviLimits query',
      'getCreditstate query',
    ]);
    expect(server.requests[1]?.url).toBe(`/api/monitor/getKeywordLimits?format=json&key=${XOVI_KEY}`);
    expect(server.requests[2]?.url).toBe(`/api/user/getXoviLimits?format=json&key=${XOVI_KEY}`);
  });

  it('calls redirected at the same time each move to the query form, and the switch is logged once', async () => {
    const server = await useFakeXovi({ pathForm: 'redirect-to-login' });
    const log: LogEntry[] = [];
    const xovi = client(server.origin, { log: (entry) => log.push(entry) });
    await Promise.all([xovi.getCreditState(), xovi.getKeywordLimits(), xovi.getXoviLimitsXml()]);
    expect(server.requests.filter((r) => keyPlacement(r) === 'path')).toHaveLength(3);
    expect(
      server.requests
        .filter((r) => keyPlacement(r) === 'query')
        .map(methodOf)
        .sort(),
    ).toEqual(['getCreditstate', 'getKeywordLimits', 'getXoviLimits']);
    expect(log.filter((entry) => entry.level === 'debug').map((entry) => entry.message)).toEqual([
      'XOVI redirected the path form of the key to its login page; using the query form from now on',
    ]);
    expect(JSON.stringify(log)).not.toContain(XOVI_KEY);
  });

  it('keyIn pins the form: query sends only the query form, path reports the redirect without a second request', async () => {
    const server = await useFakeXovi({ pathForm: 'redirect-to-login' });
    await expect(client(server.origin, { keyIn: 'query' }).getXoviLimits()).resolves.toEqual(XOVI_LIMITS);
    expect(server.requests.map((r) => r.url)).toEqual([`/api/user/getXoviLimits?format=json&key=${XOVI_KEY}`]);

    const error = await caught(client(server.origin, { keyIn: 'path' }).getKeywordLimits());
    expect(isXoviAuthError(error) && error.problem).toBe('login-redirect');
    expect(server.requests.map(keyPlacement)).toEqual(['query', 'path']);
    expectNoSecrets(error, [XOVI_KEY]);
  });

  it('an error other than the login redirect does not move the client', async () => {
    const server = await useFakeXovi({ body: { apiErrorCode: 5, apiErrorMessage: 'no permission' } });
    const xovi = client(server.origin);
    expect(isXoviError(await caught(xovi.getKeywordLimits()))).toBe(true);
    expect(isXoviError(await caught(xovi.getXoviLimits()))).toBe(true);
    expect(server.requests.map(keyPlacement)).toEqual(['path', 'path']);
  });
});

describe('XOVI limits as typed raw calls', () => {
  it('type both methods in both forms, with the key filled in', async () => {
    const server = await useFakeXovi();
    const xovi = client(server.origin);
    const limits = await xovi.GET('/user/getXoviLimits/{key}/{format}', { params: { path: { format: 'json' } } });
    expect(limits.data?.apiResult?.[0]?.name).toBe('monitoringKeywords');
    const limitsByQuery = await xovi.GET('/user/getXoviLimits', { params: { query: { format: 'json' } } });
    expect(limitsByQuery.data?.apiResult?.[0]?.value).toBe(5000);
    const keywords = await xovi.GET('/monitor/getKeywordLimits/{key}/{format}', { params: { path: { format: 'json' } } });
    expect(keywords.data?.apiResult?.[0]?.used).toBe(264);
    const keywordsByQuery = await xovi.GET('/monitor/getKeywordLimits', { params: { query: { format: 'json' } } });
    expect(keywordsByQuery.data?.apiResult?.[0]?.total).toBe(5000);
    expect(server.requests.map((r) => r.url)).toEqual([
      `/api/user/getXoviLimits/${XOVI_KEY}/json`,
      `/api/user/getXoviLimits?format=json&key=${XOVI_KEY}`,
      `/api/monitor/getKeywordLimits/${XOVI_KEY}/json`,
      `/api/monitor/getKeywordLimits?format=json&key=${XOVI_KEY}`,
    ]);
  });

  it('raise the envelope of an error answer as its XoviError', async () => {
    const server = await useFakeXovi({ status: 403, body: { apiErrorCode: 5, apiErrorMessage: 'no permission' } });
    const error = await caught(client(server.origin).GET('/monitor/getKeywordLimits', { params: { query: { format: 'json' } } }));
    expect(error).toMatchObject({ name: 'XoviError', status: 403, apiErrorMessage: 'no permission', pathTemplate: '/monitor/getKeywordLimits' });
    expectNoSecrets(error, [XOVI_KEY]);
  });
});
