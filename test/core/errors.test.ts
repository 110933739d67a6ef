import {
  AbortError,
  ApiError,
  ConfigurationError,
  CreditlineError,
  type FetchFunction,
  isApiError,
  isPaginationError,
  isRequestError,
  isResponseParseError,
  type LogEntry,
  RequestError,
  ResponseParseError,
  TimeoutError,
} from 'creditline';
import { createXoviClient } from 'creditline/xovi';
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

const request = { method: 'GET', pathTemplate: '/things', url: 'http://127.0.0.1/things' };

function apiError(body: unknown, statusText = 'Bad Request') {
  return new ApiError({ ...request, status: 400, statusText, body, requestId: undefined });
}

describe('what each error class says and carries', () => {
  it('names every class in name and in toJSON', () => {
    const base = new CreditlineError('boom');
    expect(base.name).toBe('CreditlineError');
    expect(base.toJSON()).toEqual({ name: 'CreditlineError', message: 'boom' });
    const req = new RequestError(request, ': broke');
    expect(req.name).toBe('RequestError');
    expect(req.toJSON()).toMatchObject({ name: 'RequestError', message: 'GET /things: broke', method: 'GET' });
  });

  it('guards tell request errors and pagination errors from others', () => {
    expect(isRequestError(new RequestError(request, ''))).toBe(true);
    expect(isRequestError(new CreditlineError('x'))).toBe(false);
    expect(isPaginationError(new CreditlineError('x'))).toBe(false);
  });

  it('summarises a string body, trimmed and cut at 200 characters', () => {
    expect(apiError('  plain text  ').message).toBe('GET /things failed with 400 Bad Request: plain text');
    const long = apiError(`${'a'.repeat(250)}`).message;
    expect(long).toBe(`GET /things failed with 400 Bad Request: ${'a'.repeat(200)}`);
  });

  it('summarises a message-like field of an object body, in order of preference', () => {
    expect(apiError({ error_description: 'bad grant' }).message).toMatch(/: bad grant$/);
    expect(apiError({ error: 'invalid' }).message).toMatch(/: invalid$/);
    expect(apiError({ title: 'Conflict' }).message).toMatch(/: Conflict$/);
    expect(apiError({ apiErrorMessage: 'nope' }).message).toMatch(/: nope$/);
    expect(apiError({ message: '', error: 'second' }).message).toMatch(/: second$/);
    expect(apiError({ message: 42 }).message).toBe('GET /things failed with 400 Bad Request');
    expect(apiError({ message: 'x'.repeat(300) }).message).toBe(`GET /things failed with 400 Bad Request: ${'x'.repeat(200)}`);
  });

  it('adds no summary for empty, null or non-object bodies', () => {
    expect(apiError(null, '').message).toBe('GET /things failed with 400');
    expect(apiError(12).message).toBe('GET /things failed with 400 Bad Request');
    expect(apiError(['message']).message).toBe('GET /things failed with 400 Bad Request');
  });

  it('says which kind of timeout fired and after how long', () => {
    expect(new TimeoutError(request, 'attempt', 50).message).toBe('GET /things: attempt timed out after 50 ms');
    expect(new TimeoutError(request, 'deadline', 70).message).toBe('GET /things: deadline exceeded after 70 ms');
  });

  it('says why a response body could not be read', () => {
    expect(new ResponseParseError(request, 'the body is empty').message).toBe('GET /things: the response body could not be read: the body is empty');
  });

  it('drops a default AbortError reason but keeps a custom one', () => {
    const defaultReason = new DOMException('This operation was aborted', 'AbortError');
    expect(new AbortError('GET /things', defaultReason).reason).toBeUndefined();
    const custom = new Error('user left');
    expect(new AbortError('GET /things', custom).reason).toBe(custom);
    expect(new AbortError('GET /things', 'why').reason).toBe('why');
  });

  it('keeps the option named by a ConfigurationError', () => {
    const error = new ConfigurationError('retry.retries', 'must be a finite number >= 0, got -1');
    expect(error).toMatchObject({ name: 'ConfigurationError', option: 'retry.retries', message: 'retry.retries must be a finite number >= 0, got -1' });
  });
});

describe('what a refused option value is called', () => {
  it.each([
    [undefined, 'undefined'],
    [null, 'null'],
    ['', 'an empty string'],
    ['   ', 'a blank string'],
    [42, 'number 42'],
    [false, 'boolean false'],
    [['k'], 'an array'],
    [{ key: 'k' }, 'an object'],
    [() => 'k', 'a function'],
  ])('an API key of %j is refused, and the message says it got %s, never the value', (apiKey, got) => {
    let error: unknown;
    try {
      createXoviClient({ apiKey: apiKey as string });
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({
      name: 'ConfigurationError',
      option: 'createXoviClient: apiKey',
      message: `createXoviClient: apiKey must be a non-empty string, got ${got}`,
    });
  });
});

describe('a network failure names its innermost cause', () => {
  it('a cause that points back at an error it came from ends the search, with its code', async () => {
    const outer = new TypeError('fetch failed');
    const inner = Object.assign(new Error('socket closed'), { code: 'UND_ERR_SOCKET', cause: outer });
    outer.cause = inner;
    const error = await caught(thingsClient('http://127.0.0.1:9', { fetch: () => Promise.reject(outer), retry: { retries: 0 } }).GET('/things'));
    expect(error).toMatchObject({ name: 'NetworkError', code: 'UND_ERR_SOCKET', message: 'GET /things failed: socket closed (UND_ERR_SOCKET)' });
  });

  it('the first code found is the one named; a failure is a refused connection only when every code says so', async () => {
    let calls = 0;
    const mixed = new TypeError('fetch failed', {
      cause: new AggregateError(
        [Object.assign(new Error('a'), { code: 'ECONNREFUSED' }), Object.assign(new Error('b'), { code: 'ECONNRESET' })],
        'two addresses',
      ),
    });
    const failing: FetchFunction = () => {
      calls++;
      return Promise.reject(mixed);
    };
    const error = await caught(
      thingsClient('http://127.0.0.1:9', { fetch: failing, retry: { retries: 2, baseDelayMs: 1 } }).POST('/things', { body: { name: 'x' } }),
    );
    expect(error).toMatchObject({ name: 'NetworkError', code: 'ECONNREFUSED', message: 'POST /things failed: two addresses (ECONNREFUSED)' });
    expect(calls).toBe(1); // one address may have taken the request: a POST is not sent again
  });
});

describe("an error answer's request id", () => {
  it.each(['x-request-id', 'request-id', 'x-correlation-id', 'x-amzn-requestid', 'x-trace-id'])('is read from %s', async (header) => {
    const server = await useServer((_req, res) => sendJson(res, 404, { message: 'gone' }, { [header]: `id-from-${header}` }));
    expect(await caught(thingsClient(server.origin).GET('/things'))).toMatchObject({ requestId: `id-from-${header}` });
  });

  it('is the first of them the answer carries, and undefined when it carries none or an empty one', async () => {
    const both = await useServer((_req, res) => sendJson(res, 404, {}, { 'x-trace-id': 'trace', 'x-request-id': 'request' }));
    expect(await caught(thingsClient(both.origin).GET('/things'))).toMatchObject({ requestId: 'request' });
    const empty = await useServer((_req, res) => sendJson(res, 404, {}, { 'x-request-id': '', 'x-trace-id': 'trace' }));
    expect(await caught(thingsClient(empty.origin).GET('/things'))).toMatchObject({ requestId: 'trace' });
    const none = await useServer((_req, res) => sendJson(res, 404, {}));
    expect(await caught(thingsClient(none.origin).GET('/things'))).toMatchObject({ requestId: undefined });
  });
});
