// Every error the shared runtime throws, one class per kind of failure, each with its guard.
// Each error holds only data that was masked before it got here, so String(err), err.stack and
// JSON.stringify(err) are safe to log. Messages about a request start with `METHOD /path/{template}`.

/** The base of every error creditline throws. */
export class CreditlineError extends Error {
  /** The class's name (`ApiError`, `NueAuthError`, …), so that logs and `JSON.stringify` say which error it is. */
  override name = 'CreditlineError';

  /** The name, the message and every field, for `JSON.stringify` (all of them masked already). */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = { name: this.name, message: this.message };
    for (const [key, value] of Object.entries(this)) out[key] = value;
    return out;
  }
}

/** A client was created or called with options that cannot work; `option` names the culprit. */
export class ConfigurationError extends CreditlineError {
  override name = 'ConfigurationError';
  /** The option at fault, e.g. `createXoviClient: apiKey` or `retry.retries`. */
  readonly option: string;

  constructor(option: string, problem: string) {
    super(`${option} ${problem}`);
    this.option = option;
  }
}

/** Which request an error is about. Every field is safe to show: the URL is already masked. */
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
 * (`ResponseParseError`).
 */
export class RequestError extends CreditlineError {
  override name = 'RequestError';
  /** HTTP method, upper case. */
  readonly method: string;
  /** The spec's path template, e.g. `/v1/orders/{orderId}`, when the call came through a typed client. */
  readonly pathTemplate: string | undefined;
  /** The request URL with secrets masked. */
  readonly url: string;

  constructor(request: RequestDescription, problem: string) {
    super(`${request.method} ${request.pathTemplate ?? request.url}${problem}`);
    this.method = request.method;
    this.pathTemplate = request.pathTemplate;
    this.url = request.url;
  }
}

/** What an {@link ApiError} is made of: the request and the answer. */
export interface ApiErrorDetails<Body = unknown> extends RequestDescription {
  /** The answer's HTTP status. */
  status: number;
  /** The answer's status text, as the server sent it (often empty over HTTP/2). */
  statusText: string;
  /** The response body: parsed JSON when it was JSON, else the text (secrets masked). */
  body: Body;
  /** The server's request id, when a response header carried one. */
  requestId: string | undefined;
}

/**
 * The server answered, and the answer is a refusal: a non-2xx status, or (for the vendors' own
 * errors that extend it: `XoviError`, `NueAuthError`, `NueGraphqlError`) an error the vendor put
 * in the body. Every error that carries an HTTP answer is one, so `isApiError` finds them all.
 * `problem` lets a vendor's error word its message its own way.
 */
export class ApiError<Body = unknown> extends RequestError {
  override name = 'ApiError';
  /** The answer's HTTP status (XOVI's errors: the status that carried the envelope, 200 too). */
  readonly status: number;
  /** The answer's status text, as the server sent it (often empty over HTTP/2). */
  readonly statusText: string;
  /** The answer's body: parsed JSON when it was JSON, else the text, undefined when empty; secrets masked. */
  readonly body: Body;
  /** The server's request id, from the first of `x-request-id`, `request-id`, `x-correlation-id`, `x-amzn-requestid`, `x-trace-id` it sent. */
  readonly requestId: string | undefined;

  constructor(details: ApiErrorDetails<Body>, problem?: string) {
    super(details, problem ?? failedWith(details));
    this.status = details.status;
    this.statusText = details.statusText;
    this.body = details.body;
    this.requestId = details.requestId;
  }
}

/** The details an ApiError was made from, to make a vendor's own error of the same answer. */
export function detailsOf(error: ApiError): ApiErrorDetails {
  const { method, pathTemplate, url, status, statusText, body, requestId } = error;
  return { method, pathTemplate, url, status, statusText, body, requestId };
}

function failedWith({ status, statusText, body }: ApiErrorDetails<unknown>): string {
  const summary = summarizeBody(body);
  return ` failed with ${status}${statusText ? ` ${statusText}` : ''}${summary ? `: ${summary}` : ''}`;
}

/** A one-line hint from the body: a `message`-like field, or the start of the text. */
function summarizeBody(body: unknown): string {
  if (typeof body === 'string') return body.trim().slice(0, 200);
  if (body && typeof body === 'object') {
    const record = body as Record<string, unknown>;
    for (const key of ['message', 'error_description', 'error', 'title', 'apiErrorMessage']) {
      const value = record[key];
      if (typeof value === 'string' && value) return value.slice(0, 200);
    }
  }
  return '';
}

/**
 * The request never got a whole response: DNS, connection refused or reset, TLS failure, a body cut
 * off. Classified by where it happened (the fetch rejected, or the body broke off while it was
 * read), so it is the same error on every runtime.
 */
export class NetworkError extends RequestError {
  override name = 'NetworkError';
  /** The system error code (e.g. `ECONNREFUSED`) when the runtime gave one. */
  readonly code: string | undefined;

  constructor(request: RequestDescription, code: string | undefined, reason: string) {
    super(request, ` failed: ${reason}`);
    this.code = code;
  }
}

/** `attempt`: one try took longer than `timeout.attemptMs`; `deadline`: the whole call, retries included, ran past `timeout.totalMs`. */
export type TimeoutKind = 'attempt' | 'deadline';

/** A time limit of `timeout` ran out: one attempt's (`attemptMs`) or the whole call's (`totalMs`). */
export class TimeoutError extends RequestError {
  override name = 'TimeoutError';
  /** Which limit ran out. */
  readonly kind: TimeoutKind;
  /** The limit, in milliseconds. */
  readonly timeoutMs: number;

  constructor(request: RequestDescription, kind: TimeoutKind, timeoutMs: number) {
    super(request, `: ${kind === 'attempt' ? 'attempt timed out' : 'deadline exceeded'} after ${timeoutMs} ms`);
    this.kind = kind;
    this.timeoutMs = timeoutMs;
  }
}

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

/** The caller's AbortSignal fired. `reason` is the signal's reason when it was not the default. */
export class AbortError extends CreditlineError {
  override name = 'AbortError';
  /** The signal's `reason`, when the caller gave one (undefined for a plain `abort()`). */
  readonly reason: unknown;

  constructor(what: string, reason?: unknown) {
    super(`${what} was aborted`);
    this.reason = reason instanceof Error && reason.name === 'AbortError' ? undefined : reason;
  }
}

/**
 * Why paging stopped:
 * - `repeated-next-url`: the server sent the same next link twice (it would loop forever);
 * - `foreign-next-url`: the next link leaves the API's origin or the list's path (the credentials would go with it);
 * - `malformed-next-url`: the next link is not a URL;
 * - `empty-page`: a page is empty although the server announces more;
 * - `too-many-pages`: more pages than `maxPages`;
 * - `too-many-items`: `toArray({ max })` found more items than the cap allows.
 */
export type PaginationProblem = 'repeated-next-url' | 'foreign-next-url' | 'malformed-next-url' | 'empty-page' | 'too-many-pages' | 'too-many-items';

/** Paging stopped rather than loop, leak credentials to another server or drop items; `problem` says why. */
export class PaginationError extends CreditlineError {
  override name = 'PaginationError';
  /** Why paging stopped. */
  readonly problem: PaginationProblem;

  constructor(problem: PaginationProblem, message: string) {
    super(message);
    this.problem = problem;
  }
}

/** Whether `error` is any error of creditline. */
export const isCreditlineError = (error: unknown): error is CreditlineError => error instanceof CreditlineError;
/** Whether `error` is a {@link ConfigurationError}. */
export const isConfigurationError = (error: unknown): error is ConfigurationError => error instanceof ConfigurationError;
/** Whether `error` is a {@link RequestError}: any error about one request. */
export const isRequestError = (error: unknown): error is RequestError => error instanceof RequestError;
/** Whether `error` is an {@link ApiError}: any error that carries an HTTP answer, of every vendor. */
export const isApiError = <Body = unknown>(error: unknown): error is ApiError<Body> => error instanceof ApiError;
/** Whether `error` is a {@link NetworkError}. */
export const isNetworkError = (error: unknown): error is NetworkError => error instanceof NetworkError;
/** Whether `error` is a {@link TimeoutError}. */
export const isTimeoutError = (error: unknown): error is TimeoutError => error instanceof TimeoutError;
/** Whether `error` is a {@link ResponseParseError}. */
export const isResponseParseError = (error: unknown): error is ResponseParseError => error instanceof ResponseParseError;
/** Whether `error` is an {@link AbortError}. */
export const isAbortError = (error: unknown): error is AbortError => error instanceof AbortError;
/** Whether `error` is a {@link PaginationError}. */
export const isPaginationError = (error: unknown): error is PaginationError => error instanceof PaginationError;

/** Checks that a required secret or id is a non-empty string. */
export function requireNonEmptyString(option: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') throw new ConfigurationError(option, `must be a non-empty string, got ${describeValue(value)}`);
  return value;
}

/** What a wrong option value was, for a ConfigurationError: never the value itself when it is a string (it may be a secret). */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (typeof value === 'string') return value === '' ? 'an empty string' : value.trim() === '' ? 'a blank string' : 'a string';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'function') return 'a function';
  return `${typeof value} ${String(value)}`;
}
