import { isApiError, isNetworkError, type LogEntry } from 'creditline';
import { describe, expect, it } from 'vitest';
import { caught } from '../support/caught.js';
import { refusedOrigin, sendJson, useServer } from '../support/http-server.js';
import { thingsClient } from '../support/things-api.js';

const fast = { baseDelayMs: 1, maxDelayMs: 5 };

/** A server that answers with the given statuses in turn, then 200. */
function serverAnswering(...statuses: Array<[number, Record<string, string>?]>) {
  let call = 0;
  return useServer((_req, res) => {
    const [status, headers] = statuses[call++] ?? [200];
    sendJson(res, status, status === 200 ? { ok: true } : { message: `status ${status}` }, headers ?? {});
  });
}

describe('retries', () => {
  it('retries a 429 after the Retry-After seconds', async () => {
    const { origin, requests } = await serverAnswering([429, { 'retry-after': '1' }]);
    const log: LogEntry[] = [];
    const { data } = await thingsClient(origin, { retry: fast, log: (entry) => log.push(entry) }).GET('/things');
    expect(data).toEqual({ ok: true });
    expect(requests).toHaveLength(2);
    expect(log).toMatchObject([{ status: 429, delayMs: 1000 }]);
  });

  it('honours Retry-After as an HTTP date', async () => {
    const inOneSecond = new Date(Date.now() + 1000).toUTCString();
    const { origin, requests } = await serverAnswering([503, { 'retry-after': inOneSecond }]);
    await thingsClient(origin, { retry: fast }).GET('/things');
    expect(requests).toHaveLength(2);
  });

  it('does not wait for a Retry-After beyond the cap: the 429 is reported', async () => {
    const { origin, requests } = await serverAnswering([429, { 'retry-after': '3600' }]);
    const error = await caught(thingsClient(origin, { retry: { ...fast, maxRetryAfterMs: 5_000 } }).GET('/things'));
    expect(error).toMatchObject({ name: 'ApiError', status: 429 });
    expect(requests).toHaveLength(1);
  });

  it('does not retry when a Retry-After date lies beyond the cap, and retries at once on a date already past', async () => {
    const inTwoHours = new Date(Date.now() + 2 * 3600_000).toUTCString();
    const far = await serverAnswering([503, { 'retry-after': inTwoHours }]);
    const error = await caught(thingsClient(far.origin, { retry: { ...fast, maxRetryAfterMs: 60_000 } }).GET('/things'));
    expect(error).toMatchObject({ name: 'ApiError', status: 503 });
    expect(far.requests).toHaveLength(1);

    const past = await serverAnswering([503, { 'retry-after': new Date(Date.now() - 3600_000).toUTCString() }]);
    const { data } = await thingsClient(past.origin, { retry: { ...fast, baseDelayMs: 60_000, maxDelayMs: 60_000 } }).GET('/things');
    expect(data).toEqual({ ok: true });
    expect(past.requests).toHaveLength(2);
  });

  it('an unreadable Retry-After falls back to the backoff', async () => {
    const { origin, requests } = await serverAnswering([503, { 'retry-after': 'soon, maybe' }]);
    const { data } = await thingsClient(origin, { retry: fast }).GET('/things');
    expect(data).toEqual({ ok: true });
    expect(requests).toHaveLength(2);
  });

  it('retries 408 on a GET but not on a POST, and HEAD and OPTIONS on 503 (idempotent)', async () => {
    const get = await serverAnswering([408]);
    await thingsClient(get.origin, { retry: fast }).GET('/things');
    expect(get.requests).toHaveLength(2);

    const post = await serverAnswering([408]);
    await expect(thingsClient(post.origin, { retry: fast }).POST('/things', { body: { name: 'x' } })).rejects.toMatchObject({ status: 408 });
    expect(post.requests).toHaveLength(1);

    for (const method of ['head', 'options'] as const) {
      const server = await serverAnswering([503]);
      const { response } = await thingsClient(server.origin, { retry: fast }).request(method, '/things');
      expect(response.status).toBe(200);
      expect(server.requests.map((request) => request.method)).toEqual([method.toUpperCase(), method.toUpperCase()]);
    }
  });

  it('a call with a total deadline that is far off succeeds and may retry within it', async () => {
    const { origin, requests } = await serverAnswering([503]);
    const { data } = await thingsClient(origin, { retry: fast, timeout: { totalMs: 30_000 } }).GET('/things');
    expect(data).toEqual({ ok: true });
    expect(requests).toHaveLength(2);
  });

  it('retries 503 with backoff until it succeeds', async () => {
    const { origin, requests } = await serverAnswering([503], [503]);
    const log: LogEntry[] = [];
    const { data } = await thingsClient(origin, { retry: fast, log: (entry) => log.push(entry) }).GET('/things');
    expect(data).toEqual({ ok: true });
    expect(requests).toHaveLength(3);
    expect(log.map((entry) => entry.status)).toEqual([503, 503]);
  });

  it('gives up after `retries` retries and throws the last ApiError', async () => {
    const { origin, requests } = await serverAnswering([500], [502], [504]);
    const error = await caught(thingsClient(origin, { retry: fast }).GET('/things'));
    expect(isApiError(error)).toBe(true);
    expect(error).toMatchObject({ status: 504, method: 'GET', pathTemplate: '/things', body: { message: 'status 504' } });
    expect(requests).toHaveLength(3);
  });

  it('retries: 0 turns retrying off, per client and per call', async () => {
    const perClient = await serverAnswering([503]);
    await expect(thingsClient(perClient.origin, { retry: { retries: 0 } }).GET('/things')).rejects.toMatchObject({ status: 503 });
    expect(perClient.requests).toHaveLength(1);

    const perCall = await serverAnswering([503]);
    await expect(thingsClient(perCall.origin, { retry: fast }).GET('/things', { creditline: { retry: { retries: 0 } } })).rejects.toMatchObject({
      status: 503,
    });
    expect(perCall.requests).toHaveLength(1);
  });

  it('does not retry a POST on 500', async () => {
    const { origin, requests } = await serverAnswering([500]);
    await expect(thingsClient(origin, { retry: fast }).POST('/things', { body: { name: 'a' } })).rejects.toMatchObject({ status: 500, method: 'POST' });
    expect(requests).toHaveLength(1);
  });

  it('does not retry a PATCH on 503', async () => {
    const { origin, requests } = await serverAnswering([503]);
    await expect(thingsClient(origin, { retry: fast }).PATCH('/things', { body: { name: 'a' } })).rejects.toMatchObject({ status: 503 });
    expect(requests).toHaveLength(1);
  });

  it('retries a POST on 429 and sends the same body again', async () => {
    const { origin, requests } = await serverAnswering([429]);
    const { data } = await thingsClient(origin, { retry: fast }).POST('/things', { body: { name: 'twice' } });
    expect(data).toEqual({ ok: true });
    expect(requests.map((r) => r.body)).toEqual(['{"name":"twice"}', '{"name":"twice"}']);
  });

  it('retries PUT and DELETE on 503 (idempotent)', async () => {
    const { origin, requests } = await serverAnswering([503], [200], [503]);
    await thingsClient(origin, { retry: fast }).PUT('/things', { body: { name: 'p' } });
    await thingsClient(origin, { retry: fast }).DELETE('/things');
    expect(requests.map((r) => r.method)).toEqual(['PUT', 'PUT', 'DELETE', 'DELETE']);
  });

  it('retries a POST whose connection was refused (nothing was sent), then reports a NetworkError', async () => {
    const log: LogEntry[] = [];
    const error = await caught(thingsClient(await refusedOrigin(), { retry: fast, log: (entry) => log.push(entry) }).POST('/things', { body: { name: 'a' } }));
    expect(isNetworkError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'ECONNREFUSED', method: 'POST', pathTemplate: '/things' });
    expect(log).toHaveLength(2);
  });

  it('does not retry a POST whose connection broke after it was sent', async () => {
    const server = await useServer((_req, res) => {
      res.socket?.destroy();
    });
    const error = await caught(thingsClient(server.origin, { retry: fast }).POST('/things', { body: { name: 'a' } }));
    expect(isNetworkError(error)).toBe(true);
    expect(server.requests).toHaveLength(1);
  });

  it('retries a GET whose connection broke', async () => {
    let call = 0;
    const server = await useServer((_req, res) => {
      if (call++ === 0) res.socket?.destroy();
      else sendJson(res, 200, { ok: true });
    });
    const { data } = await thingsClient(server.origin, { retry: fast }).GET('/things');
    expect(data).toEqual({ ok: true });
    expect(server.requests).toHaveLength(2);
  });

  it('rounds a fractional retries option down', async () => {
    const server = await serverAnswering([500], [500], [500]);
    const error = await caught(thingsClient(server.origin, { retry: { ...fast, retries: 1.9 } }).GET('/things'));
    expect(error).toMatchObject({ name: 'ApiError', status: 500 });
    expect(server.requests).toHaveLength(2);
  });

  it('retries a 500 on a GET but not a 404', async () => {
    const retried = await serverAnswering([500]);
    await thingsClient(retried.origin, { retry: fast }).GET('/things');
    expect(retried.requests).toHaveLength(2);
    const notRetried = await serverAnswering([404]);
    await expect(thingsClient(notRetried.origin, { retry: fast }).GET('/things')).rejects.toMatchObject({ status: 404 });
    expect(notRetried.requests).toHaveLength(1);
  });

  it('reads a Retry-After of seconds with surrounding spaces', async () => {
    const server = await serverAnswering([429, { 'retry-after': ' 0 ' }]);
    const { data } = await thingsClient(server.origin, { retry: { baseDelayMs: 60_000, maxDelayMs: 60_000 } }).GET('/things');
    expect(data).toEqual({ ok: true });
    expect(server.requests).toHaveLength(2);
  });

  it('accepts a Retry-After exactly at the cap', async () => {
    const server = await serverAnswering([429, { 'retry-after': '0' }]);
    const { data } = await thingsClient(server.origin, { retry: { ...fast, maxRetryAfterMs: 0 } }).GET('/things');
    expect(data).toEqual({ ok: true });
    expect(server.requests).toHaveLength(2);
  });

  it('logs each retry at debug with its status, and the final refusal at warn', async () => {
    const server = await serverAnswering([503], [404]);
    const log: LogEntry[] = [];
    await caught(thingsClient(server.origin, { retry: fast, log: (entry) => log.push(entry) }).GET('/things'));
    expect(log).toMatchObject([
      { level: 'debug', method: 'GET', attempt: 1, status: 503, message: expect.stringContaining('retrying GET') },
      { level: 'warn', method: 'GET', status: 404, message: `GET ${server.origin}/things failed with 404` },
    ]);
  });

  it('logs a retry after a refused connection without a status', async () => {
    const origin = await refusedOrigin();
    const log: LogEntry[] = [];
    const error = await caught(thingsClient(origin, { retry: { ...fast, retries: 1 }, log: (entry) => log.push(entry) }).GET('/things'));
    expect(isNetworkError(error)).toBe(true);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ level: 'debug', attempt: 1 });
    expect(log[0]).not.toHaveProperty('status');
  });
});
