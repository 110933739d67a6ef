import { XoviError, type XoviErrorDetails } from './xovi-error.js';

/** `apiErrorCode` 80, `param missing`: a required parameter was not sent; `paramName` says which (X2). */
export class XoviParamError extends XoviError {
  override name = 'XoviParamError';
  readonly paramName: string | undefined;

  constructor(details: XoviErrorDetails, paramName: string | undefined) {
    super(details);
    this.paramName = paramName;
  }
}

export function isXoviParamError(error: unknown): error is XoviParamError {
  return error instanceof XoviParamError;
}
