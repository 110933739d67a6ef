import { CreditlineError } from '../core/errors/creditline-error.js';
import type { components } from '../../generated/xovi.js';

export type XoviMessage = components['schemas']['ApiErrorMessage'];

/** XOVI answered with an error in its envelope (`apiErrorMessage` other than `0k.`). */
export class XoviError extends CreditlineError {
  override name = 'XoviError';
  /** One of the documented messages, e.g. `param invalid`. */
  readonly apiErrorMessage: XoviMessage | string;
  readonly apiErrorCode: number | undefined;
  /** HTTP status of the response that carried the envelope. */
  readonly status: number;

  constructor(apiErrorMessage: string, apiErrorCode: number | undefined, status: number) {
    super(`XOVI getCreditstate failed: ${apiErrorMessage}${apiErrorCode === undefined ? '' : ` (apiErrorCode ${apiErrorCode})`}`);
    this.apiErrorMessage = apiErrorMessage;
    this.apiErrorCode = apiErrorCode;
    this.status = status;
  }
}

export function isXoviError(error: unknown): error is XoviError {
  return error instanceof XoviError;
}
