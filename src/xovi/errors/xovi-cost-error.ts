import { XoviError } from './xovi-error.js';

/** `cost error`: the account has too few credits left for the request. */
export class XoviCostError extends XoviError {
  override name = 'XoviCostError';
}

export function isXoviCostError(error: unknown): error is XoviCostError {
  return error instanceof XoviCostError;
}
