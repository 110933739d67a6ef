import { ApiError, type ApiErrorDetails } from '../../core/errors/api-error.js';
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

  constructor(details: ApiErrorDetails) {
    // Objects are kept whole (all ErrorMessage fields are optional; a 404 may carry another schema).
    const body =
      details.body && typeof details.body === 'object'
        ? (details.body as NueErrorMessage)
        : typeof details.body === 'string' && details.body !== ''
          ? details.body
          : undefined;
    super({ ...details, body });
    const message = asNueErrorMessage(details.body);
    this.operation = `${details.method} ${details.pathTemplate ?? details.url}`;
    this.errorCode = message?.errorCode;
    this.errorType = message?.errorType;
    this.title = message?.title;
  }
}

export function isNueApiError(error: unknown): error is NueApiError {
  return error instanceof NueApiError;
}
