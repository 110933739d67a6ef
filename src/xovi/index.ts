export { createXoviClient, XOVI_BASE_URL, type CreditState, type XoviClient, type XoviClientOptions, type XoviPaths } from './create-xovi-client.js';
export { XoviError, isXoviError, type XoviMessage } from './xovi-error.js';
export { XoviCostError, isXoviCostError } from './xovi-cost-error.js';
export * from '../core/index.js';
export type { paths as XoviRawPaths, components as XoviComponents } from '../../generated/xovi.js';
