// When a call is tried again, after how long, and how long each attempt and the whole call may
// take. The options are checked when a client is made (a ConfigurationError at creation, not at
// the first call); a call's own options are laid over the client's.
//
// A retried POST or PATCH could apply a change twice, so those are retried only when the server
// certainly did nothing: it said 429 (rate limited before processing), or the connection was
// refused before anything was sent. Delays grow exponentially with "equal jitter" (half fixed,
// half random) so that many clients spread out but no retry comes back at once; a `Retry-After`
// (RFC 9110 §10.2.3: delay-seconds or an HTTP-date) replaces the computed delay.
import { ConfigurationError, describeValue, type TimeoutKind } from './errors.js';

/**
 * When a failed call is sent again. GET, HEAD, OPTIONS, PUT and DELETE are retried on a network
 * error, an attempt timeout, 408, 429 and 5xx; POST and PATCH only on 429 and a refused connection.
 * An unknown option name is a ConfigurationError.
 */
export interface RetryOptions {
  /** Retries after the first attempt (default 2). 0 turns retrying off. */
  retries?: number;
  /** First backoff delay (default 250 ms); doubles on each retry, with jitter. */
  baseDelayMs?: number;
  /** Upper bound of one backoff delay (default 8000 ms). */
  maxDelayMs?: number;
  /** The longest `Retry-After` that is waited for (default 60000 ms); a longer one ends the retries and the answer is the call's. */
  maxRetryAfterMs?: number;
}

/** How long a call may take. One timer per attempt; an unknown option name is a ConfigurationError. */
export interface TimeoutOptions {
  /** Longest wait for the response headers of one attempt (default 30 s). 0 turns it off. */
  attemptMs?: number;
  /** Longest time for the whole call including retries and their waits (default: none). 0 turns it off. */
  totalMs?: number;
}

export type ResolvedRetryOptions = Required<RetryOptions>;

export interface ResolvedTimeouts {
  attemptMs: number | undefined;
  totalMs: number | undefined;
}

const DEFAULT_RETRY: ResolvedRetryOptions = { retries: 2, baseDelayMs: 250, maxDelayMs: 8_000, maxRetryAfterMs: 60_000 };
const DEFAULT_TIMEOUTS: TimeoutOptions = { attemptMs: 30_000, totalMs: 0 };

/** Later layers override earlier ones, which override the defaults: `resolveRetryOptions(client, call)`. */
export function resolveRetryOptions(...layers: Array<RetryOptions | undefined>): ResolvedRetryOptions {
  const resolved = merged('retry', DEFAULT_RETRY, layers);
  return { ...resolved, retries: Math.floor(resolved.retries) };
}

/** As `resolveRetryOptions`; a limit of 0 is no limit (undefined). */
export function resolveTimeouts(...layers: Array<TimeoutOptions | undefined>): ResolvedTimeouts {
  const resolved = merged('timeout', DEFAULT_TIMEOUTS, layers);
  return { attemptMs: resolved.attemptMs || undefined, totalMs: resolved.totalMs || undefined };
}

/** The defaults with the layers laid over them in order; every value must be a finite number >= 0 of a known option. */
function merged<Options extends object>(name: string, defaults: Options, layers: Array<Options | undefined>): Required<Options> {
  const out: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  const known = name === 'retry' ? Object.keys(DEFAULT_RETRY) : ['attemptMs', 'totalMs'];
  for (const layer of layers) {
    if (layer === undefined) continue;
    if (layer === null || typeof layer !== 'object') throw new ConfigurationError(name, `must be an object (${known.join(', ')}), got ${describeValue(layer)}`);
    for (const [key, value] of Object.entries(layer)) {
      if (!known.includes(key)) throw new ConfigurationError(`${name}.${key}`, `is not an option; the options are ${known.join(', ')}`);
      if (value === undefined) continue;
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
        throw new ConfigurationError(`${name}.${key}`, `must be a finite number >= 0, got ${describeValue(value)}`);
      }
      out[key] = value;
    }
  }
  return out as Required<Options>;
}

/** One attempt's limit: its own, or what is left of the call's deadline when that is sooner (`waitMs`: how long from now). */
export function attemptLimit(
  timeouts: ResolvedTimeouts,
  remainingMs: number | undefined,
): { kind: TimeoutKind; timeoutMs: number; waitMs: number } | undefined {
  if (remainingMs !== undefined && (timeouts.attemptMs === undefined || remainingMs < timeouts.attemptMs)) {
    return { kind: 'deadline', timeoutMs: timeouts.totalMs ?? 0, waitMs: remainingMs };
  }
  return timeouts.attemptMs === undefined ? undefined : { kind: 'attempt', timeoutMs: timeouts.attemptMs, waitMs: timeouts.attemptMs };
}

const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE']);

export function isIdempotent(method: string): boolean {
  return IDEMPOTENT_METHODS.has(method);
}

export function isRetryableStatus(method: string, status: number): boolean {
  if (status === 429) return true;
  return isIdempotent(method) && (status === 408 || status >= 500);
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

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
