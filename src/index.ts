/**
 * The package root: {@link readCreditBalances}, one view of credit balances across Nue, XOVI and
 * Maileon, and the shared errors and option types that every vendor entry point
 * (`creditline/nue`, `creditline/xovi`, `creditline/maileon`) exports as well.
 *
 * @module creditline
 */
export * from './balances/index.js';
export * from './core/index.js';
