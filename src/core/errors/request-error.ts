import { CreditlineError } from './creditline-error.js';

/** Which request an error is about. Every field is safe to show: the URL is already redacted. */
export interface RequestDescription {
  /** HTTP method, upper case. */
  method: string;
  /** The spec's path template, e.g. `/v1/orders/{orderId}`, when the call came through a typed client. */
  pathTemplate: string | undefined;
  /** The request URL with secrets masked. */
  url: string;
}

/**
 * The base of every error about one request: the server's refusal (`ApiError`), no answer
 * (`NetworkError`, `TimeoutError`) or an answer that is not what the operation declares
 * (`ResponseParseError`). Messages start with `METHOD /path/{template}`.
 */
export class RequestError extends CreditlineError {
  override name = 'RequestError';
  readonly method: string;
  readonly pathTemplate: string | undefined;
  readonly url: string;

  constructor(request: RequestDescription, problem: string, options?: ErrorOptions) {
    super(`${request.method} ${request.pathTemplate ?? request.url}${problem}`, options);
    this.method = request.method;
    this.pathTemplate = request.pathTemplate;
    this.url = request.url;
  }
}

export function isRequestError(error: unknown): error is RequestError {
  return error instanceof RequestError;
}
