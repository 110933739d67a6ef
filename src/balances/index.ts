export type { CreditBalance, CreditBalanceFailure, CreditBalanceWarning, CreditKind, CreditVendor } from './credit-balance.js';
export type { MaileonBalanceSource } from './from-maileon.js';
export type { NueBalanceSource } from './from-nue.js';
export type { XoviBalanceSource } from './from-xovi.js';
export { type CreditBalanceReport, type CreditBalanceSources, type ReadCreditBalancesOptions, readCreditBalances } from './read-credit-balances.js';
