// The lines below the table: vendors (or their accounts) that failed, partial-success warnings,
// vendors skipped, and the balances below --warn-below (or that cannot be judged against a
// percentage). In --json mode the same lines go to stderr, so that stdout stays one JSON document.
import type { CreditBalance } from '../balances/credit-balance.js';
import type { CreditBalanceReport } from '../balances/read-credit-balances.js';
import type { Configuration } from './configuration.js';
import { formatNumber } from './format.js';
import type { Style } from './terminal.js';
import { type Threshold, thresholdText } from './threshold.js';

export interface Judgement {
  threshold: Threshold;
  below: CreditBalance[];
  /** Balances a percentage cannot judge: their vendor does not say what was granted. */
  unjudged: CreditBalance[];
}

export function reportNotes(report: CreditBalanceReport, skipped: Configuration['skipped'], judgement: Judgement | undefined, style: Style): string[] {
  const note = (label: string, paint: (text: string) => string, vendor: string, text: string) => `${paint(label.padEnd(8))} ${vendor}: ${text}`;
  const limit = judgement && thresholdText(judgement.threshold);
  return [
    ...report.failures.map(({ vendor, account, error }) => note('failed', style.red, vendor, `${account ? `${account}: ` : ''}${String(error)}`)),
    ...report.warnings.map(({ vendor, account, code, message }) =>
      note('warning', style.yellow, vendor, `${account ? `${account}: ` : ''}${[code, message].filter(Boolean).join(' ') || 'partial answer'}`),
    ),
    ...skipped.map(({ vendor, reason }) => note('skipped', style.dim, vendor, reason)),
    ...(judgement?.below ?? []).map((b) =>
      note('low', style.red, b.vendor, `${where(b)} has ${formatNumber(b.available)} available, below ${limit}${ofGranted(b)}`),
    ),
    ...(judgement?.unjudged ?? []).map((b) =>
      note('unknown', style.yellow, b.vendor, `${where(b)}: not judged against ${limit}, its vendor does not say what was granted`),
    ),
  ];
}

function where(balance: CreditBalance): string {
  const account = balance.accountName === undefined ? balance.account : `${balance.account} (${balance.accountName})`;
  return balance.name === undefined ? account : `${account}, ${balance.name}`;
}

function ofGranted(balance: CreditBalance): string {
  return balance.granted === undefined ? '' : ` (of ${formatNumber(balance.granted)} granted)`;
}
