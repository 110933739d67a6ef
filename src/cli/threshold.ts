// `--warn-below <amount|percent%>`: an amount of credits, or a percentage of what was granted.
// A percentage needs the granted amount; a balance whose vendor does not say it cannot be judged
// against one and is reported as such rather than guessed.
import type { CreditBalance } from '../balances/credit-balance.js';
import { UsageError } from './usage-error.js';

export type Threshold = { kind: 'amount'; amount: number } | { kind: 'percent'; percent: number };

export function parseThreshold(text: string): Threshold {
  const match = /^(\d+(?:\.\d+)?)(%?)$/.exec(text.trim());
  const value = Number(match?.[1]);
  if (!match || !Number.isFinite(value)) throw new UsageError(`--warn-below takes an amount (500) or a percentage (10%), got ${JSON.stringify(text)}`);
  if (match[2] !== '%') return { kind: 'amount', amount: value };
  if (value > 100) throw new UsageError(`--warn-below takes a percentage from 0% to 100%, got ${text.trim()}`);
  return { kind: 'percent', percent: value };
}

/** Whether the balance is below the threshold; undefined when a percentage cannot be judged (granted unknown or zero). */
export function isBelow(balance: Pick<CreditBalance, 'available' | 'granted'>, threshold: Threshold): boolean | undefined {
  if (threshold.kind === 'amount') return balance.available < threshold.amount;
  if (balance.granted === undefined || balance.granted <= 0) return undefined;
  return (balance.available / balance.granted) * 100 < threshold.percent;
}

export function thresholdText(threshold: Threshold): string {
  return threshold.kind === 'amount' ? String(threshold.amount) : `${threshold.percent}%`;
}
