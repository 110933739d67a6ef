// The few statistics the benchmark reports: quartiles by linear interpolation between the
// closest ranks, so that a median of an even count is the mean of the middle two.

export interface Quartiles {
  p25: number;
  p50: number;
  p75: number;
}

export function quartiles(values: readonly number[]): Quartiles {
  if (values.length === 0) throw new Error('quartiles of no values');
  const sorted = [...values].sort((a, b) => a - b);
  return { p25: quantile(sorted, 0.25), p50: quantile(sorted, 0.5), p75: quantile(sorted, 0.75) };
}

/** p75 − p25: the spread every target is judged against. */
export function iqr({ p25, p75 }: Quartiles): number {
  return p75 - p25;
}

function quantile(sorted: readonly number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}
