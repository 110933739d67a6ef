export type { CreditBalance, CreditVendor } from './credit-balance.js';
export { balanceFromXovi, readXoviBalances } from './from-xovi.js';
export { balanceFromContingent, readMaileonBalances, type MaileonBalanceOptions } from './from-maileon.js';
export { balanceFromNue, readNueBalance, type NueBalance } from './from-nue.js';
export { readCreditBalances, type CreditBalanceReport, type CreditBalanceSources } from './read-credit-balances.js';
