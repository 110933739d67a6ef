// XOVI's errors: an answer whose envelope says it failed (`apiErrorMessage` other than `0k.`, or
// a non-zero `apiErrorCode`), whatever its HTTP status, or a redirect to the login page. Each is
// an ApiError of that answer, with the envelope's fields lifted onto it.
import { ApiError, type ApiErrorDetails } from '../core/errors.js';

export interface XoviErrorDetails extends ApiErrorDetails {
  /** XOVI's message, e.g. `param invalid`; secrets masked. */
  apiErrorMessage: string;
  /** XOVI's code, read as a number also when it came as a numeric string. */
  apiErrorCode: number | undefined;
  /** The `credits` field of the envelope, when XOVI sent one. */
  credits: unknown;
}

/** XOVI answered with an error in its envelope; `status` is the HTTP status that carried it (200 too). */
export class XoviError extends ApiError {
  override name = 'XoviError';
  /** XOVI's message, e.g. `param invalid` or `cost error`; secrets masked. */
  readonly apiErrorMessage: string;
  /** XOVI's code, read as a number also when it came as a numeric string. */
  readonly apiErrorCode: number | undefined;
  /** The `credits` field of the envelope, when XOVI sent one. */
  readonly credits: unknown;

  constructor(details: XoviErrorDetails) {
    super(details, `: XOVI answered ${details.apiErrorMessage}${details.apiErrorCode === undefined ? '' : ` (apiErrorCode ${details.apiErrorCode})`}`);
    this.apiErrorMessage = details.apiErrorMessage;
    this.apiErrorCode = details.apiErrorCode;
    this.credits = details.credits;
  }
}

/**
 * - `invalid-key`: XOVI answered `apiErrorCode` 2 (spec/xovi/CURATION.md, X2);
 * - `login-redirect`: XOVI redirected the call to its login page, which is how it now answers
 *   the path form of the key (X1) and, it seems, keys it does not accept.
 */
export type XoviAuthProblem = 'invalid-key' | 'login-redirect';

/** XOVI did not accept the API key. */
export class XoviAuthError extends XoviError {
  override name = 'XoviAuthError';
  /** How XOVI refused the key. */
  readonly problem: XoviAuthProblem;

  constructor(problem: XoviAuthProblem, details: XoviErrorDetails) {
    super(details);
    this.problem = problem;
  }
}

/** `cost error`: the account has too few credits left for the request. */
export class XoviCostError extends XoviError {
  override name = 'XoviCostError';
}

/** `apiErrorCode` 80, `param missing`: a required parameter was not sent; `paramName` says which (X2). */
export class XoviParamError extends XoviError {
  override name = 'XoviParamError';
  /** The missing parameter, when XOVI named it. */
  readonly paramName: string | undefined;

  constructor(details: XoviErrorDetails, paramName: string | undefined) {
    super(details);
    this.paramName = paramName;
  }
}

/** Whether `error` is a {@link XoviError}. */
export const isXoviError = (error: unknown): error is XoviError => error instanceof XoviError;
/** Whether `error` is a {@link XoviAuthError}. */
export const isXoviAuthError = (error: unknown): error is XoviAuthError => error instanceof XoviAuthError;
/** Whether `error` is a {@link XoviCostError}. */
export const isXoviCostError = (error: unknown): error is XoviCostError => error instanceof XoviCostError;
/** Whether `error` is a {@link XoviParamError}. */
export const isXoviParamError = (error: unknown): error is XoviParamError => error instanceof XoviParamError;
