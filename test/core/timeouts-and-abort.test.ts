import { type FetchFunction, isAbortError, isTimeoutError } from 'creditline';
import { describe, expect, it } from 'vitest';
import { caught } from '../support/caught.js';
import { sendJson, useServer } from '../support/http-server.js';
import { thingsClient } from '../support/things-api.js';

/** The global fetch, counting the attempts it was given (a server may not have seen an attempt yet when it timed out). */
function countingFetch(): { fetch: FetchFunction; sent: () => number } {
  let sent = 0;
  return {
    fetch: (input, init) => {
      sent++;
      return fetch(input, init);
    },
    sent: () => sent,
  };
}

/** Answers after `delayMs`, counting requests. */
function slowServer(delayMs: number) {
  return useServer(async (_req, res) => {
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    if (!res.destroyed) sendJson(res, 200, { ok: true });
  });
}

describe('timeouts', () => {
  it('times out one attempt, retries a GET, and reports the attempt timeout', async () => {
    const { origin } = await slowServer(2_000);
    const counting = countingFetch();
    const error = await caught(
      thingsClient(origin, { fetch: counting.fetch, timeout: { attemptMs: 100 }, retry: { retries: 1, baseDelayMs: 1 } }).GET('/things'),
    );
    expect(isTimeoutError(error)).toBe(true);
    expect(error).toMatchObject({ kind: 'attempt', timeoutMs: 100, method: 'GET', pathTemplate: '/things' });
    expect((error as Error).message).toBe('GET /things: attempt timed out after 100 ms');
    expect(counting.sent()).toBe(2);
  });

  it('does not retry a POST that timed out (it may have been applied)', async () => {
    const { origin } = await slowServer(2_000);
    const counting = countingFetch();
    const error = await caught(
      thingsClient(origin, { fetch: counting.fetch, timeout: { attemptMs: 100 }, retry: { retries: 2, baseDelayMs: 1 } }).POST('/things', {
        body: { name: 'x' },
      }),
    );
    expect(error).toMatchObject({ name: 'TimeoutError', kind: 'attempt' });
    expect(counting.sent()).toBe(1);
  });

  it('ends the whole call at the overall deadline, retries included', async () => {
    const { origin } = await slowServer(2_000);
    const error = await caught(thingsClient(origin, { timeout: { attemptMs: 150, totalMs: 250 }, retry: { retries: 5, baseDelayMs: 1 } }).GET('/things'));
    expect(error).toMatchObject({ name: 'TimeoutError', kind: 'deadline', timeoutMs: 250 });
  });

  it('lets one call override the client timeout', async () => {
    const { origin } = await slowServer(300);
    const client = thingsClient(origin, { timeout: { attemptMs: 50 }, retry: { retries: 0 } });
    await expect(client.GET('/things')).rejects.toMatchObject({ name: 'TimeoutError' });
    const { data } = await client.GET('/things', { creditline: { timeout: { attemptMs: 5_000 } } });
    expect(data).toEqual({ ok: true });
  });
});

describe('abort', () => {
  it('aborts an in-flight request with an AbortError and does not retry it', async () => {
    const { origin } = await slowServer(2_000);
    const counting = countingFetch();
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await caught(thingsClient(origin, { fetch: counting.fetch, retry: { retries: 3 } }).GET('/things', { signal: controller.signal }));
    expect(isAbortError(error)).toBe(true);
    expect((error as Error).message).toBe('GET /things was aborted');
    expect(counting.sent()).toBe(1);
  });

  it('aborts while waiting to retry', async () => {
    const server = await useServer((_req, res) => sendJson(res, 503, { message: 'busy' }, { 'retry-after': '30' }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('user went away')), 100);
    const started = Date.now();
    const error = await caught(thingsClient(server.origin).GET('/things', { signal: controller.signal }));
    expect(error).toMatchObject({ name: 'AbortError' });
    expect((error as { reason: Error }).reason.message).toBe('user went away');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('does not send at all when the signal is already aborted', async () => {
    const { origin, requests } = await slowServer(0);
    await expect(thingsClient(origin).GET('/things', { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
    expect(requests).toHaveLength(0);
  });

  it('aborts while the body is still arriving, after the headers', async () => {
    const server = await useServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"items": ['); // the rest never comes
    });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('user went away')), 100);
    const started = Date.now();
    const error = await caught(thingsClient(server.origin).GET('/things', { signal: controller.signal }));
    expect(isAbortError(error)).toBe(true);
    expect((error as { reason: Error }).reason.message).toBe('user went away');
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('the attempt timeout covers the wait for the headers, not the body', () => {
  it('reads a body that arrives slower than attemptMs once the headers are in', async () => {
    const server = await useServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"ok":');
      setTimeout(() => res.end('true}'), 300);
    });
    const { data } = await thingsClient(server.origin, { timeout: { attemptMs: 100 }, retry: { retries: 0 } }).GET('/things');
    expect(data).toEqual({ ok: true });
  });
});

describe('the deadline covers credential renewals too', () => {
  it('a resend after a 401 whose renewal ended past the deadline is not sent: the call ends in a deadline TimeoutError', async () => {
    const server = await useServer((_req, res) => sendJson(res, 401, { message: 'expired' }));
    const slowRenewal = {
      authorize: (request: Request) => request,
      onUnauthorized: () => new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 300)),
    };
    const error = await caught(thingsClient(server.origin, { auth: slowRenewal, timeout: { totalMs: 150 } }).GET('/things'));
    expect(error).toMatchObject({ name: 'TimeoutError', kind: 'deadline', timeoutMs: 150, message: 'GET /things: deadline exceeded after 150 ms' });
    expect(server.requests).toHaveLength(1);
  });

  it('a renewal that says it could not renew ends the call with the 401', async () => {
    const server = await useServer((_req, res) => sendJson(res, 401, { message: 'expired' }));
    const noRenewal = { authorize: (request: Request) => request, onUnauthorized: async () => false };
    expect(await caught(thingsClient(server.origin, { auth: noRenewal }).GET('/things'))).toMatchObject({ name: 'ApiError', status: 401 });
    expect(server.requests).toHaveLength(1);
  });

  it('an auth hook that fails after the attempt timed out is a TimeoutError; one that fails on its own keeps its error', async () => {
    const hanging = {
      authorize: (_request: Request, signal: AbortSignal) =>
        new Promise<Request>((_resolve, reject) => signal.addEventListener('abort', () => reject(new Error('login aborted')))),
    };
    const timedOut = await caught(thingsClient('http://127.0.0.1:9', { auth: hanging, timeout: { attemptMs: 50 }, retry: { retries: 0 } }).GET('/things'));
    expect(timedOut).toMatchObject({ name: 'TimeoutError', kind: 'attempt', timeoutMs: 50 });
    const failing = { authorize: () => Promise.reject(new RangeError('no credentials')) };
    expect(await caught(thingsClient('http://127.0.0.1:9', { auth: failing }).GET('/things'))).toMatchObject({ name: 'RangeError', message: 'no credentials' });
  });
});
