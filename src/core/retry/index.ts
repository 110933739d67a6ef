export { DEFAULT_RETRY, resolveRetryOptions, type RetryOptions, type ResolvedRetryOptions } from './retry-options.js';
export { parseRetryAfter } from './retry-after.js';
export { backoffDelay } from './backoff.js';
export { isIdempotent, isRetryableStatus, isRetryableFailure } from './is-retryable.js';
