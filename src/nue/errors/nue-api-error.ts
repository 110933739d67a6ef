import { ApiError } from '../../core/errors/api-error.js';
import { asNueErrorMessage, type NueErrorMessage } from './nue-error-message.js';

/**
 * Nue answered with a non-2xx status. An `ApiError` (so `isApiError` holds) whose body is typed as
 * Nue's `ErrorMessage` when the server sent JSON, the text of an HTML or other page when not, and
 * undefined for an empty body. The `ErrorMessage` fields are lifted onto the error.
 */
export class NueApiError extends ApiError<NueErrorMessage | string | undefined> {
  override name = 'NueApiError';
  /** `METHOD /path/{template}` of the call, e.g. `GET /v1/orders/{orderId}`. */
  readonly operation: string;
  readonly errorCode: string | undefined;
  readonly errorType: string | undefined;
  readonly title: string | undefined;

  constructor(source: ApiError) {
    const message = asNueErrorMessage(source.body);
    // Objects are kept whole (all ErrorMessage fields are optional; a 404 may carry another schema).
    const body = source.body && typeof source.body === 'object' ? (source.body as NueErrorMessage) : typeof source.body === 'string' && source.body !== '' ? source.body : undefined;
    super({ method: source.method, pathTemplate: source.pathTemplate, url: source.url, status: source.status, statusText: source.statusText, body, requestId: source.requestId });
    this.operation = `${source.method} ${source.pathTemplate ?? source.url}`;
    this.errorCode = message?.errorCode;
    this.errorType = message?.errorType;
    this.title = message?.title;
  }
}

export function isNueApiError(error: unknown): error is NueApiError {
  return error instanceof NueApiError;
}
