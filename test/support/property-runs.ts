// How many cases each fast-check property runs: 1000 by default, fewer in the mutation run
// (CREDITLINE_PROPERTY_RUNS, vitest.mutation.config.ts); FAULT_SEED replays a failing run.
export const PROPERTY_RUNS = {
  numRuns: Number(process.env.CREDITLINE_PROPERTY_RUNS ?? 1000),
  ...(process.env.FAULT_SEED ? { seed: Number(process.env.FAULT_SEED) } : {}),
};
