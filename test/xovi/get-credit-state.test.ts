import {
  createXoviClient,
  isApiError,
  isConfigurationError,
  isResponseParseError,
  isXoviAuthError,
  isXoviCostError,
  isXoviError,
  isXoviParamError,
  type LogEntry,
  XoviCostError,
  XoviError,
} from 'creditline/xovi';
import { describe, expect, it } from 'vitest';
import { caught } from '../support/caught.js';
import { sendRaw, useServer } from '../support/http-server.js';
import { expectNoSecrets } from '../support/secrets.js';
import { CREDIT_STATE, keyPlacement, SUCCESS, useFakeXovi, XOVI_KEY } from './fake-xovi.js';

const client = (origin: string, options: Parameters<typeof createXoviClient>[0] extends infer O ? Partial<O> : never = {}) =>
  createXoviClient({ apiKey: XOVI_KEY, baseUrl: `${origin}/api`, retry: { retries: 0 }, ...options });

describe('XOVI getCreditState', () => {
  it('unwraps the credit state from the 0k. envelope and puts key and format in the path', async () => {
    const server = await useFakeXovi();
    await expect(client(server.origin).getCreditState()).resolves.toEqual(CREDIT_STATE);
    expect(server.requests.map((r) => r.url)).toEqual([`/api/user/getCreditstate/${XOVI_KEY}/json`]);
  });

  it('is the typed client itself, with the key filled in', async () => {
    const server = await useFakeXovi();
    const { data } = await client(server.origin).GET('/user/getCreditstate/{key}/{format}', { params: { path: { format: 'json' } } });
    expect(data?.apiResult?.creditsleft).toBe(5280);
    expect(server.requests[0]?.url).toBe(`/api/user/getCreditstate/${XOVI_KEY}/json`);
  });

  const documentedErrors = ['internal error', 'param missing', 'param invalid', 'result empty'] as const;
  for (const [index, message] of documentedErrors.entries()) {
    it(`reports "${message}" as a XoviError carrying the message and code`, async () => {
      const server = await useFakeXovi({ body: { apiErrorCode: 10 + index, apiErrorMessage: message, apiResult: [] } });
      const error = await caught(client(server.origin).getCreditState());
      expect(isXoviError(error)).toBe(true);
      expect(isXoviCostError(error)).toBe(false);
      expect(error).toMatchObject({
        apiErrorMessage: message,
        apiErrorCode: 10 + index,
        status: 200,
        method: 'GET',
        pathTemplate: '/user/getCreditstate/{key}/{format}',
      });
      expect((error as Error).message).toContain(message);
      expectNoSecrets(error, [XOVI_KEY]);
    });
  }

  it('makes "cost error" (credits exhausted) its own class', async () => {
    const server = await useFakeXovi({ body: { apiErrorCode: 5, apiErrorMessage: 'cost error' } });
    const error = await caught(client(server.origin).getCreditState());
    expect(error).toBeInstanceOf(XoviCostError);
    expect(error).toBeInstanceOf(XoviError);
    expect(isXoviCostError(error)).toBe(true);
  });

  it('reports code 2 as XoviAuthError (invalid key) and code 80 as XoviParamError naming the parameter, keeping `credits`', async () => {
    const invalidKey = await useFakeXovi({ body: { apiErrorCode: 2, apiErrorMessage: 'param invalid', credits: 0 } });
    const auth = await caught(client(invalidKey.origin).getCreditState());
    expect(isXoviAuthError(auth)).toBe(true);
    expect(auth).toMatchObject({ problem: 'invalid-key', apiErrorCode: 2, credits: 0 });

    const missing = await useFakeXovi({ body: { apiErrorCode: '80', apiErrorMessage: 'param missing', paramname: 'format' } });
    const param = await caught(client(missing.origin).getCreditState());
    expect(isXoviParamError(param)).toBe(true);
    expect(param).toMatchObject({ apiErrorCode: 80, paramName: 'format' });
  });

  it('reads apiErrorCode sent as a numeric string', async () => {
    const server = await useFakeXovi({ body: { ...SUCCESS, apiErrorCode: '0' } });
    await expect(client(server.origin).getCreditState()).resolves.toEqual(CREDIT_STATE);
  });

  it('refuses answers that only look like success: a code next to 0k., apiResult that is not a credit state, no envelope', async () => {
    const coded = await useFakeXovi({ body: { ...SUCCESS, apiErrorCode: 3 } });
    expect(await caught(client(coded.origin).getCreditState())).toMatchObject({ name: 'XoviError', apiErrorCode: 3 });
    for (const apiResult of ['5280', 5280, null, [CREDIT_STATE], { ...CREDIT_STATE, creditsleft: '5280' }]) {
      const server = await useFakeXovi({ body: { ...SUCCESS, apiResult } });
      expect(isResponseParseError(await caught(client(server.origin).getCreditState()))).toBe(true);
    }
    const bare = await useFakeXovi({ body: CREDIT_STATE });
    expect(isResponseParseError(await caught(client(bare.origin).getCreditState()))).toBe(true);
  });

  it('masks the key when XOVI echoes the request URL in a 2xx error envelope', async () => {
    const server = await useFakeXovi({ body: { apiErrorCode: 9, apiErrorMessage: `param invalid: /api/user/getCreditstate/${XOVI_KEY}/json` } });
    const error = await caught(client(server.origin).getCreditState());
    expect((error as XoviError).apiErrorMessage).toBe('param invalid: /api/user/getCreditstate/***/json');
    expectNoSecrets(error, [XOVI_KEY]);
  });

  it('reads the envelope out of a non-2xx response too', async () => {
    const server = await useFakeXovi({ status: 403, body: { apiErrorCode: 7, apiErrorMessage: 'param invalid' } });
    const error = await caught(client(server.origin).getCreditState());
    expect(error).toMatchObject({ name: 'XoviError', apiErrorMessage: 'param invalid', apiErrorCode: 7, status: 403 });
    expectNoSecrets(error, [XOVI_KEY]);
  });

  it('throws from the helpers even when the client was made with throwOnError: false', async () => {
    const envelope = await useFakeXovi({ status: 500, body: { apiErrorCode: 1, apiErrorMessage: 'internal error' } });
    expect(await caught(client(envelope.origin, { throwOnError: false }).getCreditState())).toMatchObject({ name: 'XoviError', status: 500 });
    const page = await useServer((_req, res) => sendRaw(res, 500, 'oops', { 'content-type': 'text/plain' }));
    const error = await caught(client(page.origin, { throwOnError: false }).getCreditState());
    expect(isApiError(error)).toBe(true);
    expect(error).toMatchObject({ status: 500 });
    // The raw typed call honours throwOnError: false.
    const { error: raw, response } = await client(page.origin, { throwOnError: false }).GET('/user/getCreditstate/{key}/{format}', {
      params: { path: { format: 'json' } },
    });
    expect(response.status).toBe(500);
    expect(raw).toBe('oops');
  });

  it('keeps a non-envelope error response an ApiError with the key masked in its URL', async () => {
    const server = await useServer((_req, res) => sendRaw(res, 502, '<html><body>Bad gateway</body></html>', { 'content-type': 'text/html' }));
    const error = await caught(client(server.origin).getCreditState());
    expect(isApiError(error)).toBe(true);
    expect(error).toMatchObject({ status: 502, method: 'GET', pathTemplate: '/user/getCreditstate/{key}/{format}' });
    expect((error as { url: string }).url).toBe(`${server.origin}/api/user/getCreditstate/***/json`);
    expectNoSecrets(error, [XOVI_KEY]);
  });

  it('reports a 2xx body that is not JSON without quoting it', async () => {
    const server = await useServer((_req, res) => sendRaw(res, 200, `<html>session for ${XOVI_KEY}</html>`, { 'content-type': 'text/html' }));
    const error = await caught(client(server.origin).getCreditState());
    expect(isResponseParseError(error)).toBe(true);
    expect((error as Error).message).not.toContain('html');
    expectNoSecrets(error, [XOVI_KEY, XOVI_KEY.slice(0, 8)]);
  });
});

describe('XOVI key placement', () => {
  it('repeats a path-form call that XOVI redirects to its login page in the query form, once, and keeps the query form', async () => {
    const server = await useFakeXovi({ pathForm: 'redirect-to-login' });
    const log: LogEntry[] = [];
    const xovi = client(server.origin, { log: (entry) => log.push(entry) });
    await expect(xovi.getCreditState()).resolves.toEqual(CREDIT_STATE);
    expect(server.requests.map(keyPlacement)).toEqual(['path', 'query']);
    expect(server.requests[1]?.url).toBe(`/api/user/getCreditstate?format=json&key=${XOVI_KEY}`);
    await expect(xovi.getCreditStateXml()).resolves.toContain('0k.');
    expect(server.requests.map(keyPlacement)).toEqual(['path', 'query', 'query']);
    expect(server.requests.some((r) => r.path === '/login')).toBe(false); // the redirect is never followed
    expect(JSON.stringify(log)).not.toContain(XOVI_KEY);
  });

  it('with keyIn: "query" sends only the query form, keeping the base URL path', async () => {
    const server = await useFakeXovi({ pathForm: 'redirect-to-login' });
    await expect(client(server.origin, { keyIn: 'query' }).getCreditState()).resolves.toEqual(CREDIT_STATE);
    expect(server.requests.map((r) => r.url)).toEqual([`/api/user/getCreditstate?format=json&key=${XOVI_KEY}`]);
  });

  it('with keyIn: "path" reports the login redirect as XoviAuthError without a second request, the key masked (also from Location)', async () => {
    const server = await useFakeXovi({ pathForm: 'redirect-to-login' });
    const error = await caught(client(server.origin, { keyIn: 'path' }).getCreditState());
    expect(isXoviAuthError(error)).toBe(true);
    expect(error).toMatchObject({ problem: 'login-redirect', status: 302 });
    expect(server.requests).toHaveLength(1);
    expectNoSecrets(error, [XOVI_KEY]);
  });

  it('reports a redirect of both forms as XoviAuthError after exactly two requests', async () => {
    const server = await useFakeXovi({ pathForm: 'redirect-to-login', queryForm: 'redirect-to-login' });
    const error = await caught(client(server.origin).getCreditState());
    expect(error).toMatchObject({ name: 'XoviAuthError', problem: 'login-redirect', pathTemplate: '/user/getCreditstate' });
    expect(server.requests.map(keyPlacement)).toEqual(['path', 'query']);
    expectNoSecrets(error, [XOVI_KEY]);
  });

  it('types the query form on the client with the key filled in', async () => {
    const server = await useFakeXovi();
    const { data } = await client(server.origin).GET('/user/getCreditstate', { params: { query: { format: 'json' } } });
    expect(data?.apiResult?.creditsused).toBe(720);
    expect(server.requests[0]?.query.get('key')).toBe(XOVI_KEY);
  });

  it('rejects a missing API key and an unknown keyIn with a ConfigurationError naming the option', () => {
    for (const [options, option] of [
      [{ apiKey: '' }, 'apiKey'],
      [{ apiKey: XOVI_KEY, keyIn: 'header' }, 'keyIn'],
    ] as const) {
      let error: unknown;
      try {
        createXoviClient(options as Parameters<typeof createXoviClient>[0]);
      } catch (e) {
        error = e;
      }
      expect(isConfigurationError(error)).toBe(true);
      expect((error as Error).message).toContain(option);
    }
  });
});

describe('XOVI XML', () => {
  const xmlEnvelope = (code: number | string, message: string) =>
    `<?xml version="1.0"?>\n<result>\n<apiErrorCode>${code}</apiErrorCode>\n<apiErrorMessage>${message}</apiErrorMessage>\n<apiResult><creditstates><creditstate><creditsleft>5280</creditsleft></creditstate></creditstates></apiResult>\n</result>`;

  it('returns the XML rendering as text and checks its envelope', async () => {
    const xml = xmlEnvelope(0, '0k.');
    const server = await useServer((_req, res) => sendRaw(res, 200, xml, { 'content-type': 'application/xml' }));
    await expect(client(server.origin).getCreditStateXml()).resolves.toBe(xml);
    expect(server.requests[0]?.url).toBe(`/api/user/getCreditstate/${XOVI_KEY}/xml`);
  });

  it('reports XML envelope errors in 2xx and non-2xx answers by their class', async () => {
    const cost = await useServer((_req, res) => sendRaw(res, 200, xmlEnvelope(5, 'cost error'), { 'content-type': 'application/xml' }));
    expect(await caught(client(cost.origin).getCreditStateXml())).toMatchObject({ name: 'XoviCostError', apiErrorCode: 5, status: 200 });
    const invalid = await useServer((_req, res) => sendRaw(res, 401, xmlEnvelope('2', 'param invalid'), { 'content-type': 'application/xml' }));
    expect(await caught(client(invalid.origin).getCreditStateXml())).toMatchObject({ name: 'XoviAuthError', apiErrorCode: 2, status: 401 });
    const empty = await useServer((_req, res) => sendRaw(res, 200, '<html></html>', { 'content-type': 'text/html' }));
    expect(isResponseParseError(await caught(client(empty.origin).getCreditStateXml()))).toBe(true);
  });
});
