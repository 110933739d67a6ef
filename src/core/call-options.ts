// What a single call may set. Typed calls take `creditline: { ... }` next to their params;
// openapi-fetch copies init keys the Request does not have onto the Request, where the transport
// reads them back. Helpers (`getCreditState`, `listContingents`, Nue jobs, …) take the same
// `{ signal, creditline }` as their options.
import type { RetryOptions } from './retry.js';
import type { TimeoutOptions } from './transport/timeout-options.js';

/** Per-call overrides of the client's options. */
export interface CallOverrides {
  retry?: RetryOptions;
  timeout?: TimeoutOptions;
  /**
   * Raw typed calls only: throw `ApiError` on non-2xx responses (default: the client's
   * `throwOnError`, itself true by default); false gives openapi-fetch's `{ error }` instead.
   * Helpers always throw, whatever this says.
   */
  throwOnError?: boolean;
}

/** The options every helper and `readCreditBalances` take. */
export interface CallOptions {
  signal?: AbortSignal;
  creditline?: CallOverrides;
}

declare global {
  interface RequestInit {
    /** Per-call retry, timeout and error options of creditline clients. */
    creditline?: CallOverrides;
  }
}

export function readCallOverrides(request: Request): CallOverrides | undefined {
  return (request as Request & { creditline?: CallOverrides }).creditline;
}

/** The init a helper passes to a typed call: the caller's signal and overrides, and always throwing. */
export function helperInit(options: CallOptions | undefined): { signal?: AbortSignal; creditline: CallOverrides } {
  const init: { signal?: AbortSignal; creditline: CallOverrides } = { creditline: { ...options?.creditline, throwOnError: true } };
  if (options?.signal) init.signal = options.signal;
  return init;
}
