// The package root: the shared runtime (errors, pagination, options) that every vendor
// entry point (`creditline/nue`, `creditline/xovi`, `creditline/maileon`) builds on, and
// one view of credit balances across the vendors.
export * from './core/index.js';
export * from './balances/index.js';
