import { type RequestDescription, RequestError } from '../../core/errors/request-error.js';

export interface XoviErrorDetails extends RequestDescription {
  /** HTTP status of the response that carried the envelope (a 302 for the login redirect). */
  status: number;
  /** XOVI's message, e.g. `param invalid`; secrets masked. */
  apiErrorMessage: string;
  /** XOVI's code, read as a number also when it came as a numeric string. */
  apiErrorCode: number | undefined;
  /** The `credits` field of the envelope, when XOVI sent one. */
  credits: unknown;
}

/** XOVI answered with an error in its envelope (`apiErrorMessage` other than `0k.`, or a non-zero code). */
export class XoviError extends RequestError {
  override name = 'XoviError';
  readonly status: number;
  readonly apiErrorMessage: string;
  readonly apiErrorCode: number | undefined;
  readonly credits: unknown;

  constructor(details: XoviErrorDetails) {
    super(details, `: XOVI answered ${details.apiErrorMessage}${details.apiErrorCode === undefined ? '' : ` (apiErrorCode ${details.apiErrorCode})`}`);
    this.status = details.status;
    this.apiErrorMessage = details.apiErrorMessage;
    this.apiErrorCode = details.apiErrorCode;
    this.credits = details.credits;
  }
}

export function isXoviError(error: unknown): error is XoviError {
  return error instanceof XoviError;
}
