// The targets and how a measurement is judged against one. A value on the wrong side of
// its limit by no more than the measured spread (the IQR of what was measured) is "within noise":
// reported, but not a failure of `--check`; by more than that it is missed. Exact counts (bytes,
// pages) have no spread.

export type Verdict = 'met' | 'within noise' | 'missed' | 'not measured';

export interface Judged {
  target: string;
  measured: string;
  spread: string;
  verdict: Verdict;
}

export interface Bound {
  value: number;
  limit: number;
  spread: number;
  /** true: the value must be at most the limit; false: at least. */
  atMost: boolean;
}

export function verdictOf({ value, limit, spread, atMost }: Bound): Verdict {
  const over = atMost ? value - limit : limit - value;
  if (over <= 0) return 'met';
  return over <= spread ? 'within noise' : 'missed';
}
