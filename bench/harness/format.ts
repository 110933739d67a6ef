// How numbers and tables are written on the page and the console. 1 kB = 1000 bytes and
// 1 MB = 1 000 000 bytes, as `npm run size` counts.
import type { Quartiles } from './stats.js';

export function table(head: string[], rows: string[][]): string {
  return [head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

export function µs(ns: number): string {
  return `${(ns / 1000).toFixed(1)} µs`;
}

/** A median with its p25–p75 range, e.g. `31.2 µs (30.1–33.0)`. */
export function withRange(q: Quartiles, unit: (value: number) => string): string {
  const bare = (value: number) => unit(value).replace(/[^\d.−-]+$/, '');
  return `${unit(q.p50)} (${bare(q.p25)}–${bare(q.p75)})`;
}

export function ms(milliseconds: number): string {
  if (milliseconds < 1000) return `${milliseconds.toFixed(0)} ms`;
  return `${(milliseconds / 1000).toFixed(milliseconds < 10_000 ? 2 : 1)} s`;
}

export function MB(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

export function kB(bytes: number): string {
  return `${(bytes / 1000).toFixed(2)} kB`;
}

export function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(1)}%`;
}

export function perSecond(count: number): string {
  return `${Math.round(count / 1000)}k/s`;
}

export function ratio(value: number): string {
  return `${value.toFixed(2)}×`;
}
