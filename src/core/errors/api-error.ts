import { type RequestDescription, RequestError } from './request-error.js';

export interface ApiErrorDetails<Body = unknown> extends RequestDescription {
  status: number;
  statusText: string;
  /** The response body: parsed JSON when it was JSON, else the text (secrets masked). */
  body: Body;
  /** The server's request id, when a response header carried one. */
  requestId: string | undefined;
}

/** The server answered, but not with a 2xx status. */
export class ApiError<Body = unknown> extends RequestError {
  override name = 'ApiError';
  readonly status: number;
  readonly statusText: string;
  readonly body: Body;
  readonly requestId: string | undefined;

  constructor(details: ApiErrorDetails<Body>, options?: ErrorOptions) {
    const summary = summarizeBody(details.body);
    super(details, ` failed with ${details.status}${details.statusText ? ` ${details.statusText}` : ''}${summary ? `: ${summary}` : ''}`, options);
    this.status = details.status;
    this.statusText = details.statusText;
    this.body = details.body;
    this.requestId = details.requestId;
  }
}

export function isApiError<Body = unknown>(error: unknown): error is ApiError<Body> {
  return error instanceof ApiError;
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
