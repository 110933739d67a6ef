export type { components as XoviComponents } from '../../generated/xovi.js';
export * from '../core/index.js';
export { createXoviClient, type XoviClient, type XoviClientOptions, type XoviKeyPlacement, type XoviPaths } from './create-xovi-client.js';
export type { CreditState } from './credit-state.js';
export { isXoviAuthError, XoviAuthError, type XoviAuthProblem } from './errors/xovi-auth-error.js';
export { isXoviCostError, XoviCostError } from './errors/xovi-cost-error.js';
export { isXoviError, XoviError, type XoviErrorDetails } from './errors/xovi-error.js';
export { isXoviParamError, XoviParamError } from './errors/xovi-param-error.js';
