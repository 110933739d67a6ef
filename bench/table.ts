// What every benchmark prints: a Markdown section (BENCHMARKS.md is `npm run -s bench`'s output),
// and the plain statistics its figures are made of.

export function section(title: string, meaning: string, head: string[], rows: string[][]): void {
  const lines = [head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`);
  console.log(`## ${title}\n\n${meaning}\n\n${lines.join('\n')}\n`);
}

/** The value at quantile `q` (0…1) of `values`, interpolated between its two nearest ranks. */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const below = sorted[Math.floor(at)]!;
  return below + (sorted[Math.ceil(at)]! - below) * (at - Math.floor(at));
}

/** "median (p25–p75)": how far repeated runs disagree is the noise a reader must allow for. */
export function spread(values: number[], format: (value: number) => string): string {
  return `${format(quantile(values, 0.5))} (${format(quantile(values, 0.25))}–${format(quantile(values, 0.75))})`;
}

export const µs = (milliseconds: number) => `${(milliseconds * 1000).toFixed(0)} µs`;
export const ms = (milliseconds: number) => `${milliseconds.toFixed(0)} ms`;
export const ratio = (value: number) => `${value.toFixed(2)}×`;
export const percent = (value: number) => `${(value * 100).toFixed(0)}%`;
