import { isConfigurationError, isNetworkError, type LogEntry } from 'creditline';
import { describe, expect, it } from 'vitest';
import { caught } from '../support/caught.js';
import { refusedOrigin, sendJson, useServer } from '../support/http-server.js';
import { thingsClient } from '../support/things-api.js';

const fast = { baseDelayMs: 1, maxDelayMs: 2 };

/** A server that answers with the given statuses in turn, then 200; counts requests. */
async function serverAnswering(...statuses: Array<[number, Record<string, string>?]>) {
  let call = 0;
  const server = await useServer((_req, res) => {
    const [status, headers] = statuses[call++] ?? [200];
    sendJson(res, status, status === 200 ? { ok: true } : { message: `status ${status}` }, headers ?? {});
  });
  return { origin: server.origin, count: () => call };
}

describe('transport retries (mutation)', () => {
  it('rounds a fractional retries option down', async () => {
    const server = await serverAnswering([500], [500], [500]);
    const error = await caught(thingsClient(server.origin, { retry: { ...fast, retries: 1.9 } }).GET('/things'));
    expect(error).toMatchObject({ name: 'ApiError', status: 500 });
    expect(server.count()).toBe(2);
  });

  it('retries a 500 on a GET but not a 404', async () => {
    const retried = await serverAnswering([500]);
    await thingsClient(retried.origin, { retry: fast }).GET('/things');
    expect(retried.count()).toBe(2);
    const notRetried = await serverAnswering([404]);
    await expect(thingsClient(notRetried.origin, { retry: fast }).GET('/things')).rejects.toMatchObject({ status: 404 });
    expect(notRetried.count()).toBe(1);
  });

  it('reads a Retry-After of seconds with surrounding spaces', async () => {
    const server = await serverAnswering([429, { 'retry-after': ' 0 ' }]);
    const { data } = await thingsClient(server.origin, { retry: { baseDelayMs: 60_000, maxDelayMs: 60_000 } }).GET('/things');
    expect(data).toEqual({ ok: true });
    expect(server.count()).toBe(2);
  });

  it('accepts a Retry-After exactly at the cap', async () => {
    const server = await serverAnswering([429, { 'retry-after': '0' }]);
    const { data } = await thingsClient(server.origin, { retry: { ...fast, maxRetryAfterMs: 0 } }).GET('/things');
    expect(data).toEqual({ ok: true });
    expect(server.count()).toBe(2);
  });

  it('rejects a negative or non-finite retry option, naming it and the value', () => {
    for (const [key, value] of [
      ['retries', -1],
      ['baseDelayMs', Number.NaN],
    ] as const) {
      let error: unknown;
      try {
        thingsClient('http://127.0.0.1:1', { retry: { [key]: value } });
      } catch (e) {
        error = e;
      }
      expect(isConfigurationError(error)).toBe(true);
      expect(error).toMatchObject({ option: `retry.${key}` });
      expect((error as Error).message).toContain(String(value));
    }
  });

  it('rejects a negative timeout, naming the option and the value', () => {
    let error: unknown;
    try {
      thingsClient('http://127.0.0.1:1', { timeout: { attemptMs: -1 } });
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ name: 'ConfigurationError', option: 'timeout.attemptMs' });
    expect((error as Error).message).toContain('-1');
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
