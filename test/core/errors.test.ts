import { isApiError, isResponseParseError, type LogEntry } from 'creditline';
import { describe, expect, it } from 'vitest';
import { caught } from '../support/caught.js';
import { refusedOrigin, sendJson, sendRaw, useServer } from '../support/http-server.js';
import { expectNoSecrets, expectNoSecretsInLog } from '../support/secrets.js';
import { THINGS_SECRET, thingsClient } from '../support/things-api.js';

describe('errors', () => {
  it('carries status, method, path template, redacted URL, parsed body and request id', async () => {
    const server = await useServer((_req, res) => sendJson(res, 404, { message: 'no such thing', errorCode: 'E404' }, { 'x-request-id': 'req-42' }));
    const error = await caught(thingsClient(server.origin).GET('/things', { params: { query: { token: THINGS_SECRET } } }));
    expect(isApiError(error)).toBe(true);
    expect(error).toMatchObject({
      status: 404,
      statusText: 'Not Found',
      method: 'GET',
      pathTemplate: '/things',
      url: `${server.origin}/things?token=***`,
      body: { message: 'no such thing', errorCode: 'E404' },
      requestId: 'req-42',
    });
    expect((error as Error).message).toBe('GET /things failed with 404 Not Found: no such thing');
    expectNoSecrets(error, [THINGS_SECRET]);
  });

  it('names the path template for client.request(method, path) too, and for a templated path', async () => {
    const server = await useServer((_req, res) => sendJson(res, 404, { message: 'gone' }));
    const client = thingsClient(server.origin);
    const viaRequest = await caught(client.request('get', '/things', {}));
    expect(viaRequest).toMatchObject({ name: 'ApiError', method: 'GET', pathTemplate: '/things', url: `${server.origin}/things` });
    const templated = await caught(client.GET('/things/{thingId}', { params: { path: { thingId: 'abc' } } }));
    expect(templated).toMatchObject({ name: 'ApiError', pathTemplate: '/things/{thingId}', url: `${server.origin}/things/abc` });
  });

  it('keeps secrets out of errors even when the server echoes them back', async () => {
    const server = await useServer((req, res) => sendJson(res, 400, { message: `bad header ${req.headers.authorization ?? ''}` }));
    const log: LogEntry[] = [];
    const error = await caught(thingsClient(server.origin, { log: (entry) => log.push(entry) }).GET('/things'));
    expect((error as { body: unknown }).body).toEqual({ message: 'bad header Bearer ***' });
    expectNoSecrets(error, [THINGS_SECRET]);
    expectNoSecretsInLog(log, [THINGS_SECRET]);
    expect(log.length).toBeGreaterThan(0);
  });

  it('keeps secrets in query strings out of network errors and logs', async () => {
    const log: LogEntry[] = [];
    const error = await caught(
      thingsClient(await refusedOrigin(), { retry: { retries: 1, baseDelayMs: 1 }, log: (entry) => log.push(entry) }).GET('/things', {
        params: { query: { token: THINGS_SECRET } },
      }),
    );
    expect(error).toMatchObject({ name: 'NetworkError', code: 'ECONNREFUSED' });
    expectNoSecrets(error, [THINGS_SECRET]);
    expect(JSON.stringify(log)).toContain('token=***');
    expectNoSecretsInLog(log, [THINGS_SECRET]);
  });

  it('masks every query parameter named like a credential, whatever its case, even when the value is not a known secret', async () => {
    const server = await useServer((_req, res) => sendJson(res, 500, { message: 'down' }));
    const names = ['key', 'apikey', 'api_key', 'apiAccessKey', 'token', 'access_token', 'refresh_token', 'password', 'secret', 'API_KEY', 'Token'];
    for (const name of names) {
      const query = { [name]: 'unregistered-value-77', page: '2' } as { token?: string };
      const error = await caught(thingsClient(server.origin, { retry: { retries: 0 } }).GET('/things', { params: { query } }));
      expect(error).toMatchObject({ name: 'ApiError', url: `${server.origin}/things?${name}=***&page=2` });
      expect(JSON.stringify(error)).not.toContain('unregistered-value-77');
    }
  });

  it('keeps the { data, error } style when throwOnError is false', async () => {
    const server = await useServer((_req, res) => sendJson(res, 409, { message: 'conflict' }));
    const result = await thingsClient(server.origin, { throwOnError: false }).GET('/things');
    expect(result.data).toBeUndefined();
    expect(result.error).toEqual({ message: 'conflict' });
    expect(result.response.status).toBe(409);
  });

  it('reports an HTML error page as ApiError with the text as body', async () => {
    const server = await useServer((_req, res) => sendRaw(res, 500, '<html><h1>Internal error</h1></html>', { 'content-type': 'text/html' }));
    const error = await caught(thingsClient(server.origin, { retry: { retries: 0 } }).GET('/things'));
    expect(error).toMatchObject({ name: 'ApiError', status: 500, body: '<html><h1>Internal error</h1></html>' });
  });

  it('reports malformed JSON in a 2xx response as ResponseParseError', async () => {
    const server = await useServer((_req, res) => sendRaw(res, 200, '{"ok": tru', { 'content-type': 'application/json' }));
    const error = await caught(thingsClient(server.origin).GET('/things'));
    expect(isResponseParseError(error)).toBe(true);
    expect(error).toMatchObject({ method: 'GET', pathTemplate: '/things' });
  });

  it('reports an HTML page with status 200 as ResponseParseError', async () => {
    const server = await useServer((_req, res) => sendRaw(res, 200, '<html>maintenance</html>', { 'content-type': 'text/html' }));
    await expect(thingsClient(server.origin).GET('/things')).rejects.toMatchObject({ name: 'ResponseParseError' });
  });

  it('returns undefined data for an empty 2xx body', async () => {
    const server = await useServer((_req, res) => sendRaw(res, 200, undefined, { 'content-type': 'application/json', 'content-length': '0' }));
    const { data, response } = await thingsClient(server.origin).GET('/things');
    expect(data).toBeUndefined();
    expect(response.status).toBe(200);
  });

  it('gives an error response with an empty body an undefined body', async () => {
    const server = await useServer((_req, res) => sendRaw(res, 403));
    await expect(thingsClient(server.origin).GET('/things')).rejects.toMatchObject({
      status: 403,
      body: undefined,
      message: 'GET /things failed with 403 Forbidden',
    });
  });
});
