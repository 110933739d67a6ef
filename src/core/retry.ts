// When a failed attempt is tried again, and after how long.
//
// A retried POST or PATCH could apply a change twice, so those are retried only when the server
// certainly did nothing: it said 429 (rate limited before processing), or the connection was
// refused before anything was sent. Delays grow exponentially with "equal jitter" (half fixed,
// half random) so that many clients spread out but no retry comes back at once; a `Retry-After`
// (RFC 9110 §10.2.3: delay-seconds or an HTTP-date) replaces the computed delay.
import { ConfigurationError } from './errors/configuration-error.js';

export interface RetryOptions {
  /** Retries after the first attempt. 0 turns retrying off. */
  retries?: number;
  /** First backoff delay; doubles on each retry. */
  baseDelayMs?: number;
  /** Upper bound of one backoff delay. */
  maxDelayMs?: number;
  /** The longest `Retry-After` that is waited for; a longer one ends the retries and the response is returned. */
  maxRetryAfterMs?: number;
}

export type ResolvedRetryOptions = Required<RetryOptions>;

const DEFAULT_RETRY: ResolvedRetryOptions = {
  retries: 2,
  baseDelayMs: 250,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 60_000,
};

/** Per-call options override per-client options, which override the defaults. */
export function resolveRetryOptions(...layers: Array<RetryOptions | undefined>): ResolvedRetryOptions {
  const resolved = { ...DEFAULT_RETRY };
  for (const layer of layers) {
    if (!layer) continue;
    for (const key of Object.keys(DEFAULT_RETRY) as Array<keyof RetryOptions>) {
      const value = layer[key];
      if (value === undefined) continue;
      if (!Number.isFinite(value) || value < 0) {
        throw new ConfigurationError(`retry.${key}`, `must be a finite number >= 0, got ${String(value)}`);
      }
      resolved[key] = key === 'retries' ? Math.floor(value) : value;
    }
  }
  return resolved;
}

const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE']);

export function isIdempotent(method: string): boolean {
  return IDEMPOTENT_METHODS.has(method.toUpperCase());
}

export function isRetryableStatus(method: string, status: number): boolean {
  if (status === 429) return true;
  if (!isIdempotent(method)) return false;
  return status === 408 || status >= 500;
}

/** `connectionRefused`: the failure happened while connecting, so no byte of the request left. */
export function isRetryableFailure(method: string, failure: { connectionRefused: boolean; timedOut: boolean }): boolean {
  if (isIdempotent(method)) return true;
  return failure.connectionRefused && !failure.timedOut;
}

/** `retryNumber` starts at 1 for the first retry. */
export function backoffDelay(retryNumber: number, options: ResolvedRetryOptions, random: () => number = Math.random): number {
  const exponential = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (retryNumber - 1));
  return exponential / 2 + random() * (exponential / 2);
}

/** The delay the server asks for in ms, or undefined when the header is absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}
