import { type RequestDescription, RequestError } from './request-error.js';

/** `attempt`: one try took longer than `timeout.attemptMs`; `deadline`: the whole call, retries included, ran past `timeout.totalMs`. */
export type TimeoutKind = 'attempt' | 'deadline';

export class TimeoutError extends RequestError {
  override name = 'TimeoutError';
  readonly kind: TimeoutKind;
  readonly timeoutMs: number;

  constructor(request: RequestDescription, kind: TimeoutKind, timeoutMs: number) {
    super(request, `: ${kind === 'attempt' ? 'attempt timed out' : 'deadline exceeded'} after ${timeoutMs} ms`);
    this.kind = kind;
    this.timeoutMs = timeoutMs;
  }
}

export function isTimeoutError(error: unknown): error is TimeoutError {
  return error instanceof TimeoutError;
}
