// `--sort available|share`: the rows closest to running out first. `available` orders by what is
// left; `share` by what is left of what was granted (available / granted), so that 50 of 100
// comes before 900 of 10,000. A row whose vendor does not say what was granted (or says 0) has no
// share and goes last. Rows that tie keep the report's order (vendors, then as read).
import type { CreditBalance } from '../balances/credit-balance.js';
import { UsageError } from './usage-error.js';

export const BALANCE_ORDERS = ['available', 'share'] as const;

export type BalanceOrder = (typeof BALANCE_ORDERS)[number];

export function parseBalanceOrder(text: string): BalanceOrder {
  const order = text.trim().toLowerCase();
  if (!(BALANCE_ORDERS as readonly string[]).includes(order)) throw new UsageError(`--sort takes ${BALANCE_ORDERS.join(' or ')}, got ${JSON.stringify(text)}`);
  return order as BalanceOrder;
}

/** What is left of what was granted, or undefined when nothing (or nothing known) was granted. */
export function shareOf(balance: Pick<CreditBalance, 'available' | 'granted'>): number | undefined {
  return balance.granted === undefined || balance.granted <= 0 ? undefined : balance.available / balance.granted;
}

/** A sorted copy; the balances themselves are left as they are. */
export function sortBalances<Balance extends CreditBalance>(balances: readonly Balance[], order: BalanceOrder): Balance[] {
  const key = order === 'available' ? (balance: Balance) => balance.available : shareOf;
  // Array.prototype.sort is stable: ties keep the report's order.
  return [...balances].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    if (ka === undefined || kb === undefined) return ka === kb ? 0 : ka === undefined ? 1 : -1;
    return ka - kb;
  });
}
