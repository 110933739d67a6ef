// The errors the Nue client's transport builds for non-2xx answers (handed to the core once).
import type { ApiErrorDetails } from '../../core/errors/api-error.js';
import { NueApiError } from './nue-api-error.js';
import { NueAuthError } from './nue-auth-error.js';

/** For the login, refresh and revoke calls: their callers decide what a 401 means. */
export const nueApiError = (details: ApiErrorDetails): Error => new NueApiError(details);

/** For every other call: a 401 that got here survived renewing the credentials (or there is nothing to renew). */
export function nueApiOrAuthError(details: ApiErrorDetails): Error {
  const error = new NueApiError(details);
  if (error.status !== 401) return error;
  const detail = error.body && typeof error.body === 'object' && error.body.message ? `: ${error.body.message}` : '';
  return new NueAuthError('unauthorized', `Nue answered ${error.operation} with 401 Unauthorized${detail}`, {
    status: 401,
    operation: error.operation,
    cause: error,
  });
}
