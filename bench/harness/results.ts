// What the measuring processes hand back to `npm run bench`: one JSON line, the last on stdout
// (their progress goes to stderr). Times in ns, sizes in bytes.
import type { Api } from './contenders.js';

export interface ClientTimes {
  name: string;
  api: Api;
  baseline: boolean;
  /** A runtime cost shown for scale, not a client (contenders.ts). */
  scale: boolean;
  /** Median and quartiles of every sample of every round, ns per call. */
  p25: number;
  p50: number;
  p75: number;
  /** Each round's median, ns per call, in round order (pairs with the baseline's). */
  roundMedians: number[];
  calls: number;
}

export interface CallsResult {
  setting: 'memory' | 'loopback';
  /** The Node version of the measuring process (`process.version`). */
  node: string;
  /** Where `creditline/xovi` was loaded from: proof that the built package was measured. */
  resolvedFrom: string;
  clients: ClientTimes[];
  /** Over loopback: TCP connections the server accepted, and requests it answered (keep-alive shows as few connections). */
  connections?: number;
  requests?: number;
}

export interface PagingRun {
  prefetch: boolean;
  items: number;
  ms: number;
  /** used_heap_size after a full GC before the loop, after a full GC after it, and the most seen during it. */
  heapBefore: number;
  heapAfter: number;
  heapPeak: number;
  /** CPU time the server process spent during the run: far below `ms` when the server is not what the client waits for. */
  serverCpuMs: number;
}

export interface Overshoot {
  prefetch: boolean;
  /** The loop `break`s after this many items. */
  breakAfter: number;
  /** Pages those items are on. */
  pagesNeeded: number;
  /** Pages the server was asked for. */
  pagesServed: number;
}

export interface PagingResult {
  resolvedFrom: string;
  pageSize: number;
  pages: number;
  /** False when `prefetch: true` did not make the client ask for the next page early (an older build). */
  prefetchAvailable: boolean;
  runs: PagingRun[];
  overshoots: Overshoot[];
}

/** Prints the result as the last line on stdout. */
export function emit(result: CallsResult | PagingResult): void {
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
