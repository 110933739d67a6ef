import { CreditlineError, type RequestDescription } from './creditline-error.js';

/** `attempt`: one try took longer than `timeout.attemptMs`; `deadline`: the whole call, retries included, ran past `timeout.totalMs`. */
export type TimeoutKind = 'attempt' | 'deadline';

export class TimeoutError extends CreditlineError {
  override name = 'TimeoutError';
  readonly method: string;
  readonly pathTemplate: string | undefined;
  readonly url: string;
  readonly kind: TimeoutKind;
  readonly timeoutMs: number;

  constructor(request: RequestDescription, kind: TimeoutKind, timeoutMs: number) {
    const what = kind === 'attempt' ? 'attempt timed out' : 'deadline exceeded';
    super(`${request.method} ${request.pathTemplate ?? request.url}: ${what} after ${timeoutMs} ms`);
    this.method = request.method;
    this.pathTemplate = request.pathTemplate;
    this.url = request.url;
    this.kind = kind;
    this.timeoutMs = timeoutMs;
  }
}

export function isTimeoutError(error: unknown): error is TimeoutError {
  return error instanceof TimeoutError;
}
