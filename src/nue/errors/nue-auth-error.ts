import { CreditlineError } from '../../core/errors/creditline-error.js';

/**
 * Why authentication failed:
 * - `login-rejected`: `POST /auth/token` did not accept the user name and password;
 * - `no-token`: the login or refresh answered 2xx without a `token`;
 * - `unauthorized`: a request was answered 401 although the credentials were fresh (for a password
 *   login: after one renewal and one resend; for a static token or Basic: at once);
 * - `logged-out`: the client was used after `logout()`;
 * - `revoke-rejected`: `POST /auth/revokeToken` failed during `logout()`.
 */
export type NueAuthProblem = 'login-rejected' | 'no-token' | 'unauthorized' | 'logged-out' | 'revoke-rejected';

/** Nue did not accept the credentials. Never carries a password, token or key (they are masked before they get here). */
export class NueAuthError extends CreditlineError {
  override name = 'NueAuthError';
  readonly problem: NueAuthProblem;
  /** HTTP status of the answer that failed, when there was one. */
  readonly status: number | undefined;
  /** `METHOD /path` of the call that failed, when there was one. */
  readonly operation: string | undefined;

  constructor(problem: NueAuthProblem, message: string, details: { status?: number; operation?: string; cause?: unknown } = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.problem = problem;
    this.status = details.status;
    this.operation = details.operation;
  }
}

export function isNueAuthError(error: unknown): error is NueAuthError {
  return error instanceof NueAuthError;
}
