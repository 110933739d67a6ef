// Options a client takes once and a single call may override. A call passes them as
// `creditline: { ... }` next to its params; openapi-fetch copies unknown init keys onto
// the Request, where the transport reads them back.
import type { RetryOptions } from './retry/retry-options.js';
import type { TimeoutOptions } from './transport/timeout-options.js';

export interface CallOptions {
  retry?: RetryOptions;
  timeout?: TimeoutOptions;
  /** Throw `ApiError` on non-2xx responses (default true). false gives openapi-fetch's `{ error }` instead. */
  throwOnError?: boolean;
}

declare global {
  interface RequestInit {
    /** Per-call retry, timeout and error options of creditline clients. */
    creditline?: CallOptions;
  }
}

export function readCallOptions(request: Request): CallOptions | undefined {
  return (request as Request & { creditline?: CallOptions }).creditline;
}
