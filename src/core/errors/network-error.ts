import { CreditlineError, type RequestDescription } from './creditline-error.js';

/** The request never got a response: DNS, connection refused or reset, TLS failure. */
export class NetworkError extends CreditlineError {
  override name = 'NetworkError';
  readonly method: string;
  readonly pathTemplate: string | undefined;
  readonly url: string;
  /** The system error code (e.g. `ECONNREFUSED`) when there was one. */
  readonly code: string | undefined;

  constructor(request: RequestDescription, code: string | undefined, reason: string, options?: { cause?: Error }) {
    super(`${request.method} ${request.pathTemplate ?? request.url} failed: ${reason}`, options);
    this.method = request.method;
    this.pathTemplate = request.pathTemplate;
    this.url = request.url;
    this.code = code;
  }
}

export function isNetworkError(error: unknown): error is NetworkError {
  return error instanceof NetworkError;
}
