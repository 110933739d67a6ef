// Which failures are worth another attempt. A retried POST or PATCH could apply a change
// twice, so those are retried only when the server certainly did nothing: it said 429
// (rate limited before processing), or the connection was refused before anything was sent.

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
