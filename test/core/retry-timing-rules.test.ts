// The timing rules of a call, each on its own: which limit an attempt gets (its own or what is
// left of the call's deadline), how a Retry-After header is read, and the wait between attempts
// that an abort ends at once. The client tests (retries, timeouts-and-abort) show them end to end.
import { describe, expect, it } from 'vitest';
import { attemptLimit, parseRetryAfter, sleep } from '../../src/core/retry.js';

describe('attemptLimit', () => {
  it("is the attempt's own limit while the deadline is further away, or there is none", () => {
    expect(attemptLimit({ attemptMs: 100, totalMs: 1000 }, 500)).toEqual({ kind: 'attempt', timeoutMs: 100, waitMs: 100 });
    expect(attemptLimit({ attemptMs: 100, totalMs: 1000 }, 100)).toEqual({ kind: 'attempt', timeoutMs: 100, waitMs: 100 });
    expect(attemptLimit({ attemptMs: 100, totalMs: undefined }, undefined)).toEqual({ kind: 'attempt', timeoutMs: 100, waitMs: 100 });
  });

  it('is what is left of the deadline when that comes first, or when attempts have no limit of their own', () => {
    expect(attemptLimit({ attemptMs: 100, totalMs: 1000 }, 99)).toEqual({ kind: 'deadline', timeoutMs: 1000, waitMs: 99 });
    expect(attemptLimit({ attemptMs: undefined, totalMs: 1000 }, 700)).toEqual({ kind: 'deadline', timeoutMs: 1000, waitMs: 700 });
  });

  it('is no limit at all without either', () => {
    expect(attemptLimit({ attemptMs: undefined, totalMs: undefined }, undefined)).toBeUndefined();
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-12-07T12:00:00Z');

  it('reads whole seconds, with spaces around them, and an HTTP date as the time until it', () => {
    expect(parseRetryAfter('5', now)).toBe(5000);
    expect(parseRetryAfter(' 5 ', now)).toBe(5000);
    expect(parseRetryAfter('Mon, 07 Dec 2026 12:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Mon, 07 Dec 2026 11:59:00 GMT', now)).toBe(0);
  });

  it('reads nothing from an absent header or one that is neither', () => {
    for (const value of [null, 'x5', '5x', 'soon', '']) expect(parseRetryAfter(value, now)).toBeUndefined();
  });
});

describe('sleep', () => {
  it('rejects with the reason of a signal that has already aborted, without waiting', async () => {
    const reason = new Error('stop');
    const started = Date.now();
    await expect(sleep(5_000, AbortSignal.abort(reason))).rejects.toBe(reason);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('rejects with the reason as soon as the signal aborts, and resolves after the time without one', async () => {
    const controller = new AbortController();
    const waiting = sleep(5_000, controller.signal);
    const reason = new Error('later');
    setTimeout(() => controller.abort(reason), 10);
    await expect(waiting).rejects.toBe(reason);
    await expect(sleep(5)).resolves.toBeUndefined();
  });
});
