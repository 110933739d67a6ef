import { CreditlineError } from './creditline-error.js';

/** The server answered 2xx but the body was not what the operation declares (e.g. HTML or broken JSON instead of JSON). */
export class ResponseParseError extends CreditlineError {
  override name = 'ResponseParseError';
  readonly method: string;
  readonly pathTemplate: string;

  constructor(method: string, pathTemplate: string, reason: string) {
    super(`${method} ${pathTemplate}: the response body could not be parsed: ${reason}`);
    this.method = method;
    this.pathTemplate = pathTemplate;
  }
}

export function isResponseParseError(error: unknown): error is ResponseParseError {
  return error instanceof ResponseParseError;
}
