import { XoviError, type XoviErrorDetails } from './xovi-error.js';

/**
 * - `invalid-key`: XOVI answered `apiErrorCode` 2 (spec/xovi/CURATION.md, X2);
 * - `login-redirect`: XOVI redirected the call to its login page, which is how it now answers
 *   the path form of the key (X1) and, it seems, keys it does not accept.
 */
export type XoviAuthProblem = 'invalid-key' | 'login-redirect';

/** XOVI did not accept the API key. */
export class XoviAuthError extends XoviError {
  override name = 'XoviAuthError';
  readonly problem: XoviAuthProblem;

  constructor(problem: XoviAuthProblem, details: XoviErrorDetails) {
    super(details);
    this.problem = problem;
  }
}

export function isXoviAuthError(error: unknown): error is XoviAuthError {
  return error instanceof XoviAuthError;
}
