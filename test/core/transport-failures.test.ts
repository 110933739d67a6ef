// A failure is classified by where it happened, not by the class of what the runtime threw: the
// fetch promise rejected (a NetworkError, whatever it rejected with: Node's TypeError with a
// coded cause, workerd's plain `Error('Network connection lost.')`, a string) or reading the 2xx
// body failed (a NetworkError saying the body broke off). Each is retried under the same rules,
// and no raw error ever escapes. The fetch here wraps the real one against a local server, the
// way each runtime reports the same events.
import { type FetchFunction, isNetworkError, type LogEntry, NetworkError } from 'creditline';
import { describe, expect, it } from 'vitest';
import { caught } from '../support/caught.js';
import { refusedOrigin, sendJson, useServer } from '../support/http-server.js';
import { expectNoSecrets } from '../support/secrets.js';
import { THINGS_SECRET, thingsClient } from '../support/things-api.js';

const fast = { baseDelayMs: 1, maxDelayMs: 2 };

/** workerd's fetch: a refused, reset or cut-off connection rejects with a plain Error and no code. */
const workerdFetch: FetchFunction = async (input, init) => {
  try {
    return await fetch(input, init);
  } catch {
    throw new Error('Network connection lost.');
  }
};

/** A body stream that errors after its first bytes with a plain Error, as workerd's does when a connection drops mid-body. */
function bodyLostAfterFirstBytes(): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"ok":'));
      controller.error(new Error('Network connection lost.'));
    },
  });
  return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
}

describe('a rejected fetch is a NetworkError, whatever the runtime rejects with', () => {
  it("workerd's plain Error: typed, its message kept, and a GET sent again", async () => {
    const origin = await refusedOrigin();
    const log: LogEntry[] = [];
    const error = await caught(thingsClient(origin, { fetch: workerdFetch, retry: { ...fast, retries: 1 }, log: (entry) => log.push(entry) }).GET('/things'));
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ method: 'GET', pathTemplate: '/things', url: `${origin}/things`, code: undefined });
    expect((error as Error).message).toBe('GET /things failed: Network connection lost.');
    expect(log).toMatchObject([{ level: 'debug', method: 'GET', attempt: 1, message: expect.stringContaining(`retrying GET ${origin}/things in`) }]);
  });

  it('a GET that then gets through returns its data: one failed attempt, one answered', async () => {
    let calls = 0;
    const server = await useServer((_req, res) => sendJson(res, 200, { ok: true }));
    const flaky: FetchFunction = (input, init) => (calls++ === 0 ? Promise.reject(new Error('Network connection lost.')) : fetch(input, init));
    const { data } = await thingsClient(server.origin, { fetch: flaky, retry: fast }).GET('/things');
    expect(data).toEqual({ ok: true });
    expect(calls).toBe(2);
    expect(server.requests).toHaveLength(1);
  });

  it('a POST is not sent again after a rejection without a code: the server may have acted', async () => {
    let calls = 0;
    const failing: FetchFunction = () => {
      calls++;
      return Promise.reject(new Error('Network connection lost.'));
    };
    const error = await caught(thingsClient('http://127.0.0.1:9', { fetch: failing, retry: fast }).POST('/things', { body: { name: 'a' } }));
    expect(isNetworkError(error)).toBe(true);
    expect(calls).toBe(1);
  });

  it("Node's TypeError with a coded cause: the code and the innermost message", async () => {
    const origin = await refusedOrigin();
    const error = await caught(thingsClient(origin, { retry: { retries: 0 } }).GET('/things'));
    expect(error).toMatchObject({ name: 'NetworkError', code: 'ECONNREFUSED' });
    expect((error as Error).message).toMatch(/^GET \/things failed: connect ECONNREFUSED 127\.0\.0\.1:\d+$/);
  });

  it('a coded error nested in an AggregateError gives its code; a code missing from the message is added to it', async () => {
    const nested = new AggregateError([Object.assign(new Error('one address'), { code: 'ECONNREFUSED' })], '');
    const rejecting: FetchFunction = () => Promise.reject(new TypeError('fetch failed', { cause: nested }));
    const error = await caught(thingsClient('http://127.0.0.1:9', { fetch: rejecting, retry: { retries: 0 } }).GET('/things'));
    expect(error).toMatchObject({ name: 'NetworkError', code: 'ECONNREFUSED' });
    expect((error as Error).message).toBe('GET /things failed: AggregateError (ECONNREFUSED)');
  });

  it('a refused connection lets a POST be sent again: nothing of it left', async () => {
    let calls = 0;
    const refused: FetchFunction = () => {
      calls++;
      return Promise.reject(new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) }));
    };
    const error = await caught(thingsClient('http://127.0.0.1:9', { fetch: refused, retry: { ...fast, retries: 2 } }).POST('/things', { body: { name: 'a' } }));
    expect(error).toMatchObject({ name: 'NetworkError', code: 'ECONNREFUSED' });
    expect(calls).toBe(3);
  });

  it('a rejection with something that is not an Error, or an Error without a message, is typed too', async () => {
    for (const [thrown, reason] of [
      ['socket hang up', 'socket hang up'],
      [undefined, 'undefined'],
      [new Error(''), 'Error'],
    ] as const) {
      const rejecting: FetchFunction = () => Promise.reject(thrown);
      const error = await caught(thingsClient('http://127.0.0.1:9', { fetch: rejecting, retry: { retries: 0 } }).GET('/things'));
      expect(error).toBeInstanceOf(NetworkError);
      expect((error as Error).message).toBe(`GET /things failed: ${reason}`);
    }
  });

  it('masks a secret the runtime put into its message', async () => {
    const leaky: FetchFunction = (input) => Promise.reject(new Error(`could not reach ${input.url} with ${THINGS_SECRET}`));
    const error = await caught(
      thingsClient('http://127.0.0.1:9', { fetch: leaky, retry: { retries: 0 } }).GET('/things', { params: { query: { token: THINGS_SECRET } } }),
    );
    expect(isNetworkError(error)).toBe(true);
    expectNoSecrets(error, [THINGS_SECRET]);
  });
});

describe('a body that fails while it is read is a NetworkError, whatever the runtime throws', () => {
  it("workerd's plain Error mid-body: typed, and a GET sent again", async () => {
    let calls = 0;
    const server = await useServer((_req, res) => sendJson(res, 200, { ok: true }));
    const cutOnce: FetchFunction = async (input, init) => (calls++ === 0 ? bodyLostAfterFirstBytes() : fetch(input, init));
    const { data } = await thingsClient(server.origin, { fetch: cutOnce, retry: fast }).GET('/things');
    expect(data).toEqual({ ok: true });
    expect(calls).toBe(2);
  });

  it('says the body broke off, with the runtime message, once the retries run out', async () => {
    const alwaysCut: FetchFunction = async () => bodyLostAfterFirstBytes();
    const error = await caught(thingsClient('http://127.0.0.1:9', { fetch: alwaysCut, retry: { ...fast, retries: 1 } }).GET('/things'));
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ method: 'GET', pathTemplate: '/things', code: undefined });
    expect((error as Error).message).toBe('GET /things failed: the response body broke off: Network connection lost.');
  });

  it('a POST whose body broke off is not sent again', async () => {
    let calls = 0;
    const cut: FetchFunction = async () => {
      calls++;
      return bodyLostAfterFirstBytes();
    };
    const error = await caught(thingsClient('http://127.0.0.1:9', { fetch: cut, retry: fast }).POST('/things', { body: { name: 'a' } }));
    expect(isNetworkError(error)).toBe(true);
    expect(calls).toBe(1);
  });

  it("a streamed body is the caller's: it is handed over unread, and its failure is the caller's to see", async () => {
    let calls = 0;
    const cut: FetchFunction = async () => {
      calls++;
      return bodyLostAfterFirstBytes();
    };
    const { data } = await thingsClient('http://127.0.0.1:9', { fetch: cut, retry: fast }).GET('/things', { parseAs: 'stream' });
    expect(calls).toBe(1);
    expect(await caught(new Response(data as ReadableStream).text())).toMatchObject({ message: 'Network connection lost.' });
  });
});
