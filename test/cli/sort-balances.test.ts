// `--sort`: which order each value names, and how rows compare — by what is left, or by what is
// left of what was granted, rows without a share last, ties in the report's order.
import { describe, expect, it } from 'vitest';
import type { CreditBalance } from '../../src/balances/credit-balance.js';
import { parseBalanceOrder, shareOf, sortBalances } from '../../src/cli/sort-balances.js';
import { UsageError } from '../../src/cli/usage-error.js';

function row(name: string, available: number, granted?: number): CreditBalance {
  return {
    vendor: 'nue',
    kind: 'credit',
    account: 'a',
    name,
    available,
    used: undefined,
    granted,
    renewsOrExpiresAt: undefined,
    status: undefined,
    source: undefined,
  };
}

const names = (balances: CreditBalance[]) => balances.map((b) => b.name);

describe('parseBalanceOrder', () => {
  it('reads available and share, in any case and around blanks', () => {
    expect(parseBalanceOrder('available')).toBe('available');
    expect(parseBalanceOrder(' Share ')).toBe('share');
  });

  it('refuses anything else with a UsageError quoting what it got', () => {
    for (const text of ['', 'name', 'availableX', 'share%']) {
      expect(() => parseBalanceOrder(text)).toThrow(new UsageError(`--sort takes available or share, got ${JSON.stringify(text)}`));
    }
  });
});

describe('shareOf', () => {
  it('is what is left of what was granted, and nothing when nothing (or nothing known) was granted', () => {
    expect(shareOf(row('x', 25, 100))).toBe(0.25);
    expect(shareOf(row('x', 120, 100))).toBe(1.2);
    expect(shareOf(row('x', 0, 100))).toBe(0);
    expect(shareOf(row('x', 5))).toBeUndefined();
    expect(shareOf(row('x', 5, 0))).toBeUndefined();
    expect(shareOf(row('x', 5, -10))).toBeUndefined();
  });
});

describe('sortBalances', () => {
  const rows = [row('a', 900, 10_000), row('b', 50, 100), row('c', 7), row('d', 50, 1_000), row('e', 3, 0), row('f', 900, 1_000), row('g', -5, 10)];

  it('available: least left first, negative amounts first of all, ties in the given order', () => {
    expect(names(sortBalances(rows, 'available'))).toEqual(['g', 'e', 'c', 'b', 'd', 'a', 'f']);
  });

  it('share: least left of what was granted first, rows without a share last in the given order', () => {
    expect(names(sortBalances(rows, 'share'))).toEqual(['g', 'd', 'a', 'b', 'f', 'c', 'e']);
    expect(names(sortBalances([row('x', 1), row('y', 1, 10), row('z', 2)], 'share'))).toEqual(['y', 'x', 'z']);
    expect(names(sortBalances([row('y', 1, 10), row('x', 1)], 'share'))).toEqual(['y', 'x']);
  });

  it('keeps equal shares in the given order, and leaves the list it is given as it was', () => {
    const equal = [row('p', 5, 10), row('q', 50, 100), row('r', 1, 2)];
    expect(names(sortBalances(equal, 'share'))).toEqual(['p', 'q', 'r']);
    const before = names(rows);
    sortBalances(rows, 'share');
    expect(names(rows)).toEqual(before);
  });
});
