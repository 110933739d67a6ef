// How long each part runs: the full run writes BENCHMARKS.md; `--quick` is for working on the
// benchmark itself (a fraction of the samples, no timings of the build tools), and its numbers are
// not for the page.

export interface Plan {
  name: 'full' | 'quick';
  rounds: number;
  roundMs: number;
  warmupMs: number;
  /** In memory, calls averaged into one sample (a multiple of 4). */
  callsPerSample: number;
  paging: { pages: number; pageSize: number; pairs: number };
  /** Prefetch against a server that takes `latencyMs` a page (with none, there is nothing to overlap). */
  pagingWithLatency: { pages: number; pageSize: number; pairs: number; latencyMs: number };
  typeCheckRuns: number;
  /** Time `npm run generate`, `npm run build` and the dev loop (minutes, and they rewrite generated/ and dist/). */
  tooling: boolean;
}

const paging = { pages: 1000, pageSize: 1000 };
// 2 ms a page is a fast API on a near network; 200 pages keep the run as long as the one above.
const withLatency = { pages: 200, pageSize: 1000, latencyMs: 2 };

export const FULL: Plan = {
  name: 'full',
  rounds: 12,
  roundMs: 250,
  warmupMs: 500,
  callsPerSample: 64,
  paging: { ...paging, pairs: 5 },
  pagingWithLatency: { ...withLatency, pairs: 5 },
  typeCheckRuns: 3,
  tooling: true,
};

export const QUICK: Plan = {
  name: 'quick',
  rounds: 3,
  roundMs: 80,
  warmupMs: 150,
  callsPerSample: 32,
  paging: { ...paging, pairs: 1 },
  pagingWithLatency: { ...withLatency, pairs: 1 },
  typeCheckRuns: 1,
  tooling: false,
};
