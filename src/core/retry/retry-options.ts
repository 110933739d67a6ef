// What a client (and each call) may set about retries, and the defaults.
import { ConfigurationError } from '../errors/configuration-error.js';

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

export const DEFAULT_RETRY: ResolvedRetryOptions = {
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
