// What a client does when its options say nothing: two retries with backoff from 250 ms, doubling,
// never more than 8 s a wait (half of it fixed, half random); a server's Retry-After is waited for
// up to 60 s; an attempt waits 30 s for its headers; no deadline. The clock is faked (each wait
// would take seconds), and the server is a fetch in memory, so the calls take no real time.
import type { FetchFunction, LogEntry, RetryOptions } from 'creditline';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { caught } from '../support/caught.js';
import { thingsClient } from '../support/things-api.js';

/** Answers `status` (with `headers`) to every request, counting them. */
function answering(status: number, headers: Record<string, string> = {}) {
  let calls = 0;
  const fetch: FetchFunction = async () => {
    calls++;
    return new Response(JSON.stringify({ message: `status ${status}` }), { status, headers: { 'content-type': 'application/json', ...headers } });
  };
  return { fetch, calls: () => calls };
}

/** The waits the client logged before each retry, for a call that ends in `status` every time. */
async function waitsBeforeRetries(status: number, retry?: RetryOptions, headers?: Record<string, string>): Promise<{ waits: number[]; calls: number }> {
  const server = answering(status, headers);
  const log: LogEntry[] = [];
  const call = caught(
    thingsClient('https://things.example', { fetch: server.fetch, log: (entry) => log.push(entry), ...(retry ? { retry } : {}) }).GET('/things'),
  );
  await vi.runAllTimersAsync();
  await call;
  return { waits: log.filter((entry) => entry.level === 'debug').map((entry) => entry.delayMs ?? Number.NaN), calls: server.calls() };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('retries by default', () => {
  it('two retries, waiting the fixed half of 250 ms and then of 500 ms when the random half is 0', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    expect(await waitsBeforeRetries(503)).toEqual({ waits: [125, 250], calls: 3 });
  });

  it('the random half adds up to as much again', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    expect((await waitsBeforeRetries(503)).waits).toEqual([187.5, 375]);
  });

  it('the wait doubles up to 8 s and stays there', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    expect((await waitsBeforeRetries(503, { retries: 7 })).waits).toEqual([125, 250, 500, 1000, 2000, 4000, 4000]);
  });

  it('a Retry-After of 60 s is waited for; one of 61 s ends the retries with the answer', async () => {
    expect(await waitsBeforeRetries(429, undefined, { 'retry-after': '60' })).toEqual({ waits: [60_000, 60_000], calls: 3 });
    expect(await waitsBeforeRetries(429, undefined, { 'retry-after': '61' })).toEqual({ waits: [], calls: 1 });
  });
});

describe('timeouts by default', () => {
  it('an attempt waits 30 s for its headers, then times out and is retried', async () => {
    let calls = 0;
    const hanging: FetchFunction = (_input, init) =>
      new Promise((_resolve, reject) => {
        calls++;
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      });
    const call = caught(thingsClient('https://things.example', { fetch: hanging, retry: { retries: 1 } }).GET('/things'));
    await vi.advanceTimersByTimeAsync(29_999);
    expect(calls).toBe(1);
    await vi.runAllTimersAsync();
    expect(await call).toMatchObject({ name: 'TimeoutError', kind: 'attempt', timeoutMs: 30_000 });
    expect(calls).toBe(2);
  });

  it('a call has no deadline: 40 retries of 10 s waits still go on', async () => {
    const server = answering(503);
    const call = caught(
      thingsClient('https://things.example', { fetch: server.fetch, retry: { retries: 40, baseDelayMs: 20_000, maxDelayMs: 20_000 } }).GET('/things'),
    );
    await vi.runAllTimersAsync();
    expect(await call).toMatchObject({ name: 'ApiError', status: 503 });
    expect(server.calls()).toBe(41);
  });
});
