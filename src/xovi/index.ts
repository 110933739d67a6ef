/**
 * The XOVI client: {@link createXoviClient} returns the typed openapi-fetch client with the API key
 * filled in, and the credit state, the account's limits and the monitoring keyword quota
 * unwrapped from XOVI's envelope. Also exports XOVI's errors, the shared errors and option types.
 *
 * @module creditline/xovi
 */
/** @hidden */
export type { components as XoviComponents } from '../../generated/xovi.js';
export * from '../core/index.js';
export { createXoviClient, type XoviClient, type XoviClientOptions, type XoviKeyPlacement, type XoviPaths } from './create-xovi-client.js';
export type { CreditState } from './credit-state.js';
export {
  isXoviAuthError,
  isXoviCostError,
  isXoviError,
  isXoviParamError,
  XoviAuthError,
  type XoviAuthProblem,
  XoviCostError,
  XoviError,
  type XoviErrorDetails,
  XoviParamError,
} from './errors.js';
export type { KeywordLimits, XoviLimit } from './limits.js';
