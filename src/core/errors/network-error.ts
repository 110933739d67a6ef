import { type RequestDescription, RequestError } from './request-error.js';

/** The request never got a whole response: DNS, connection refused or reset, TLS failure, a body cut off. */
export class NetworkError extends RequestError {
  override name = 'NetworkError';
  /** The system error code (e.g. `ECONNREFUSED`) when there was one. */
  readonly code: string | undefined;

  constructor(request: RequestDescription, code: string | undefined, reason: string, options?: ErrorOptions) {
    super(request, ` failed: ${reason}`, options);
    this.code = code;
  }
}

export function isNetworkError(error: unknown): error is NetworkError {
  return error instanceof NetworkError;
}
