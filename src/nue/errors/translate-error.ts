// What the Nue client throws instead of the core's generic ApiError: a NueApiError with the
// ErrorMessage body typed, or a NueAuthError for a 401 that survived renewing the credentials.
import { isApiError } from '../../core/errors/api-error.js';
import { NueApiError } from './nue-api-error.js';
import { NueAuthError } from './nue-auth-error.js';

/** A core ApiError as Nue's NueApiError; anything else unchanged. */
export function asNueApiError(error: unknown): unknown {
  return isApiError(error) && !(error instanceof NueApiError) ? new NueApiError(error) : error;
}

export function translateNueError(error: unknown): unknown {
  const nue = asNueApiError(error);
  if (!(nue instanceof NueApiError) || nue.status !== 401) return nue;
  const detail = nue.body && typeof nue.body === 'object' && nue.body.message ? `: ${nue.body.message}` : '';
  return new NueAuthError('unauthorized', `Nue answered ${nue.operation} with 401 Unauthorized${detail}`, { status: 401, operation: nue.operation, cause: nue });
}
