import { type RequestDescription, RequestError } from './request-error.js';

/**
 * The server answered 2xx but the body is not what the operation declares (an HTML page, broken
 * JSON, an array where an object belongs). The message says what was expected, never the body:
 * it may hold secrets the client has not seen yet.
 */
export class ResponseParseError extends RequestError {
  override name = 'ResponseParseError';

  constructor(request: RequestDescription, reason: string) {
    super(request, `: the response body could not be read: ${reason}`);
  }
}

export function isResponseParseError(error: unknown): error is ResponseParseError {
  return error instanceof ResponseParseError;
}
