// BENCHMARKS.md, written by `npm run bench -- --write` so that the page always matches a run.
export interface PageInput {
  command: string;
  machine: string;
  rounds: number;
  overHttp: string;
  inMemory: string;
}

export function benchmarksPage({ command, machine, rounds, overHttp, inMemory }: PageInput): string {
  return `# Benchmarks

Reproduce with \`${command}\` (this page is written by that command; \`npm run bench\` alone
prints the tables). The clients run from the TypeScript sources through tsx.

Each client makes the same GET again and again, one at a time. Every client gets the same total
time per setting, split into ${rounds} rounds that each run the clients in a rotated order after a
200 ms warm-up (tinybench); a client's figure is the median of its round means, and "spread" is
the interquartile range of those means divided by the median: how noisy the machine was. Ratios
closer together than the spread are not differences.

${machine}

## Over HTTP

A local server in its own process (keep-alive) answers a small JSON document: the XOVI credit
state, or Nue's credit stats for the \`nue.GET\` row (with the \`Authorization\` and \`apiAccessKey\`
headers). On loopback the request takes so little time that the clients' own work shows; on a
real network the request dominates and every ratio moves toward 1.

${overHttp}

## In memory

The same clients with a \`fetch\` that answers at once with a fresh \`Response\`: what is left is each
client's own work per call (building the URL and the \`Request\`, retries and timeout set-up, auth
headers, parsing). axios is not in this table: it does not take a \`fetch\`. The row with
\`attemptMs: 0\` (no per-attempt timeout) shows how much of creditline's time over bare openapi-fetch
is the AbortController each attempt needs for its timeout: Node 20 creates AbortSignals slowly.

${inMemory}
`;
}
