// The figures derived from the measuring processes' results: each client's time over the bare
// openapi-fetch of its API, and the paging run's throughput, prefetch gain, heap and overshoot.
// Differences are taken round by round (the two clients measured moments apart) and then
// summarised, so that a drift of the machine between rounds does not count as a difference.
import type { ClientTimes, PagingResult, PagingRun } from './results.js';
import { type Quartiles, quartiles } from './stats.js';

/** ns per call above the bare openapi-fetch of the same API; undefined for that baseline itself. */
export function overBaseline(clients: ClientTimes[], client: ClientTimes): Quartiles | undefined {
  const baseline = clients.find((other) => other.api === client.api && other.baseline);
  if (!baseline || baseline === client) return undefined;
  return quartiles(client.roundMedians.map((median, round) => median - baseline.roundMedians[round]!));
}

export function clientNamed(clients: ClientTimes[], name: string): ClientTimes {
  const client = clients.find((candidate) => candidate.name === name);
  if (!client) throw new Error(`no client named ${name} in the results`);
  return client;
}

export interface ModeSummary {
  itemsPerSecond: Quartiles;
  /** Bytes: the most seen during a run over the heap after GC before it, and after GC after it over before. */
  peakGrowth: Quartiles;
  maxPeakGrowth: number;
  retainedGrowth: Quartiles;
  /** The server's CPU time over the run's time. */
  serverShare: Quartiles;
}

export interface PagingSummary {
  sequential: ModeSummary;
  prefetch: ModeSummary | undefined;
  /** Per pair, time without prefetch / time with it − 1: 0.1 is 10% faster. */
  prefetchGain: Quartiles | undefined;
  /** Pages served beyond those the items before `break` are on, worst case, with prefetch. */
  prefetchOvershoot: number | undefined;
}

export function summarisePaging(result: PagingResult): PagingSummary {
  const sequentialRuns = result.runs.filter((run) => !run.prefetch);
  const prefetchRuns = result.runs.filter((run) => run.prefetch);
  const prefetched = result.overshoots.filter((overshoot) => overshoot.prefetch);
  return {
    sequential: summariseMode(sequentialRuns),
    prefetch: prefetchRuns.length ? summariseMode(prefetchRuns) : undefined,
    prefetchGain: prefetchRuns.length ? quartiles(prefetchRuns.map((run, pair) => sequentialRuns[pair]!.ms / run.ms - 1)) : undefined,
    prefetchOvershoot: prefetched.length ? Math.max(...prefetched.map((overshoot) => overshoot.pagesServed - overshoot.pagesNeeded)) : undefined,
  };
}

function summariseMode(runs: PagingRun[]): ModeSummary {
  const peaks = runs.map((run) => run.heapPeak - run.heapBefore);
  return {
    itemsPerSecond: quartiles(runs.map((run) => (run.items / run.ms) * 1000)),
    peakGrowth: quartiles(peaks),
    maxPeakGrowth: Math.max(...peaks),
    retainedGrowth: quartiles(runs.map((run) => run.heapAfter - run.heapBefore)),
    serverShare: quartiles(runs.map((run) => run.serverCpuMs / run.ms)),
  };
}
