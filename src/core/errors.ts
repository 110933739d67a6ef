// Every error the shared runtime throws, one class per kind of failure, each with its guard.
// Each error holds only data that was masked before it got here, so String(err), err.stack and
// JSON.stringify(err) are safe to log. Messages about a request start with `METHOD /path/{template}`.

/** The base of every error creditline throws. */
export class CreditlineError extends Error {
  override name = 'CreditlineError';

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = { name: this.name, message: this.message };
    for (const [key, value] of Object.entries(this)) out[key] = value;
    return out;
  }
}

/** A client was created or called with options that cannot work; `option` names the culprit. */
export class ConfigurationError extends CreditlineError {
  override name = 'ConfigurationError';
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
  readonly method: string;
  readonly pathTemplate: string | undefined;
  readonly url: string;

  constructor(request: RequestDescription, problem: string) {
    super(`${request.method} ${request.pathTemplate ?? request.url}${problem}`);
    this.method = request.method;
    this.pathTemplate = request.pathTemplate;
    this.url = request.url;
  }
}

export interface ApiErrorDetails<Body = unknown> extends RequestDescription {
  status: number;
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
  readonly status: number;
  readonly statusText: string;
  readonly body: Body;
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

/** The request never got a whole response: DNS, connection refused or reset, TLS failure, a body cut off. */
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

export class TimeoutError extends RequestError {
  override name = 'TimeoutError';
  readonly kind: TimeoutKind;
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

export class PaginationError extends CreditlineError {
  override name = 'PaginationError';
  readonly problem: PaginationProblem;

  constructor(problem: PaginationProblem, message: string) {
    super(message);
    this.problem = problem;
  }
}

export const isCreditlineError = (error: unknown): error is CreditlineError => error instanceof CreditlineError;
export const isConfigurationError = (error: unknown): error is ConfigurationError => error instanceof ConfigurationError;
export const isRequestError = (error: unknown): error is RequestError => error instanceof RequestError;
export const isApiError = <Body = unknown>(error: unknown): error is ApiError<Body> => error instanceof ApiError;
export const isNetworkError = (error: unknown): error is NetworkError => error instanceof NetworkError;
export const isTimeoutError = (error: unknown): error is TimeoutError => error instanceof TimeoutError;
export const isResponseParseError = (error: unknown): error is ResponseParseError => error instanceof ResponseParseError;
export const isAbortError = (error: unknown): error is AbortError => error instanceof AbortError;
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
