// The package root: the shared runtime (errors, pagination, options) that every vendor
// entry point (`creditline/nue`, `creditline/xovi`, `creditline/maileon`) builds on.
export * from './core/index.js';
