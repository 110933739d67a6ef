import type { ResolvedRetryOptions } from './retry-options.js';

/**
 * Exponential backoff with "equal jitter": half of the delay is fixed, half random, so
 * retries of many clients spread out but no retry comes back immediately.
 * `retryNumber` starts at 1 for the first retry.
 */
export function backoffDelay(retryNumber: number, options: ResolvedRetryOptions, random: () => number = Math.random): number {
  const exponential = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (retryNumber - 1));
  return exponential / 2 + random() * (exponential / 2);
}
