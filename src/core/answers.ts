// Reading answers in the helpers (Nue auth, jobs and GraphQL, XOVI's envelope, Maileon's pages):
// what a call was, for errors; the details of an answer a helper turns into an ApiError; and "a
// JSON object, or a typed error". The core client has already read each body
// within the call's retries. Errors never quote a body: it may hold secrets (a token in a login
// answer) that the redactor has not been told yet.
import { type ApiErrorDetails, type RequestDescription, ResponseParseError } from './errors.js';
import type { Redactor } from './redaction/redactor.js';

/** The call a helper made, for its errors: method, path template, and the redactor that masks its URL and body. */
export interface HelperCall {
  method: string;
  pathTemplate: string;
  redactor: Redactor;
}

export function describeAnswer(response: Response, call: HelperCall): RequestDescription {
  return { method: call.method, pathTemplate: call.pathTemplate, url: call.redactor.url(response.url) };
}

/** An answer as the details of an ApiError, its body masked: for a 2xx whose body says it failed (XOVI's envelope, GraphQL `errors`). */
export function answerDetails(response: Response, call: HelperCall, body: unknown): ApiErrorDetails {
  return {
    ...describeAnswer(response, call),
    status: response.status,
    statusText: response.statusText,
    body: call.redactor.value(body),
    requestId: readRequestId(response.headers),
  };
}

const REQUEST_ID_HEADERS = ['x-request-id', 'request-id', 'x-correlation-id', 'x-amzn-requestid', 'x-trace-id'];

/** The server's id of the request, from the first header that carries one. */
export function readRequestId(headers: Headers): string | undefined {
  for (const name of REQUEST_ID_HEADERS) {
    const value = headers.get(name);
    if (value) return value;
  }
  return undefined;
}

/**
 * Parses `text` as a JSON object, the only shape the helpers read. `expected` names what was
 * expected, for the error (e.g. "an AuthenticationResult"). An empty body, non-JSON or another
 * JSON value is a ResponseParseError.
 */
export function parseJsonAnswer(text: string, response: Response, call: HelperCall, expected: string): Record<string, unknown> {
  const fail = (reason: string) => new ResponseParseError(describeAnswer(response, call), `${reason}, expected ${expected}`);
  if (text.trim() === '') throw fail('the body is empty');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw fail(`the body is not JSON (content-type ${response.headers.get('content-type') ?? 'none'})`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw fail(`the body is a JSON ${value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value}`);
  }
  return value as Record<string, unknown>;
}
