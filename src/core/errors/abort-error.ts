import { CreditlineError } from './creditline-error.js';

/** The caller's AbortSignal fired. `reason` is the signal's reason when it was not the default. */
export class AbortError extends CreditlineError {
  override name = 'AbortError';
  readonly reason: unknown;

  constructor(what: string, reason?: unknown) {
    super(`${what} was aborted`);
    this.reason = reason instanceof Error && reason.name === 'AbortError' ? undefined : reason;
  }
}

export function isAbortError(error: unknown): error is AbortError {
  return error instanceof AbortError;
}
