// BENCHMARKS.md as `npm run bench -- --write` writes it: the whole page, from one run. The marked
// sections other commands write (bundle size, validation) are kept by run.ts.
import path from 'node:path';
import { repoRoot } from '../../scripts/openapi/redocly-apis.js';
import { MAILEON_PAGE_SIZE } from './answers.js';
import { callTable } from './call-tables.js';
import { table } from './format.js';
import { type Machine, wasBusy } from './machine.js';
import { overshootTable, pagingTable } from './paging-tables.js';
import type { Plan } from './plan.js';
import type { CallsResult, PagingResult } from './results.js';
import type { PagingSummary } from './summaries.js';
import type { Judged } from './targets.js';

export interface PageInput {
  command: string;
  plan: Plan;
  machine: Machine;
  targets: Judged[];
  inMemory: CallsResult;
  /** The same calls on a newer Node (other-node.ts). */
  inMemoryOtherNodes: CallsResult[];
  loopback: CallsResult;
  paging: PagingResult;
  pagingSummary: PagingSummary;
  /** The same loops against a server that takes plan.pagingWithLatency.latencyMs a page. */
  latencySummary: PagingSummary;
  tools: string;
}

export function benchmarksPage(input: PageInput): string {
  const { command, plan, machine, inMemory, inMemoryOtherNodes, loopback, paging } = input;
  return `# Benchmarks

Written by \`${command}\` from one run; \`npm run bench\` alone prints the same tables, and
\`npm run bench -- --check\` exits 1 when a target below is missed by more than its measured spread.

**What is measured is the built package**: \`dist/\`, as \`npm run compile\` builds it (the benchmark
builds it first when a source is newer), copied into a folder under \`.tmp/\` when the run starts
so that a rebuild meanwhile cannot change it. The measuring processes run under plain Node, without tsx,
and import \`creditline/<api>\` by name, which resolves through package.json's \`exports\` to
\`${path.relative(repoRoot, inMemory.resolvedFrom).replace(/bench-\w+/, 'bench-…')}\` and its siblings, as an installed copy does.
Every server runs in a process of its own.

## The run

- Command: \`${command}\` (${plan.name} plan: ${plan.rounds} rounds of ${plan.roundMs} ms per client after ${plan.warmupMs} ms of warm-up; paging ${plan.paging.pairs} pair(s) of runs)
- Machine: ${machine.cpu}, ${machine.os}, ${machine.node}
- Load average at the start (1, 5, 15 min): ${machine.loadAtStart.map((load) => load.toFixed(2)).join(', ')}${busyNote(input)}
- Packages: ${machine.packages}
- Source: ${machine.source}

How to read the figures: every time is a median with its p25–p75 range in brackets. A client's
time per call comes from mitata: each client is measured once per round, in an order rotated by
one each round (no client always first, or always after another one's garbage), mitata collecting
garbage before each. A difference between two clients is taken round by round (the two were
measured moments apart) and its median and p25–p75 over the rounds are given: the p75 − p25 of
what a target is judged on is its "spread". Figures closer together than their spread are not
differences.

## Targets

${table(
  ['target', 'measured: median (p25–p75)', 'spread', 'verdict'],
  input.targets.map((t) => [t.target, t.measured, t.spread, t.verdict === 'missed' ? '**missed**' : t.verdict]),
)}

"within noise": on the wrong side of the target by no more than the spread; \`--check\` fails only
on "missed" and "not measured". The bundle sizes are of the built package (\`dist/src/<api>/index.js\`,
bundled as \`npm run size\` bundles); the "Bundle size" section at the end is \`npm run size\`'s, which
bundles the TypeScript sources: the two are a few bytes apart.

## Per call, in memory

Each client makes the same GET again and again, one at a time, with a \`fetch\` that answers at once
with a fresh \`Response\` of its API's answer (XOVI's credit state, a page of ${MAILEON_PAGE_SIZE}
Maileon contingents, Nue's credit stats): what is left is each client's own work per call (the URL,
the \`Request\`, retry and timeout set-up, credentials, parsing). creditline's clients have their
default retry and timeout options. Each sample averages ${plan.callsPerSample} calls, so that a
garbage collection counts against the calls that caused it. axios is not in this table: it takes
no \`fetch\`. The bare openapi-fetch client of each API (bold) is what the rows below it are
compared with.

${callTable(inMemory)}

${inMemoryOtherNodes
  .map(
    (run) => `The same calls, in the same way, on Node ${run.node} (the \`node\` package of the npm registry, as CI
gets it; the run installs it into \`.tmp/nodes/\` once):

${callTable(run)}
`,
  )
  .join('\n')}
Why several Nodes: every creditline attempt has a time limit (30 s by default), and the only way to end a
\`fetch\` that runs past it is an \`AbortSignal\` handed to that \`fetch\`, so each attempt makes one
\`AbortController\` (one timer is shared by all attempts of a client). The row _new AbortController()
alone_ is that one line in a tight loop, and the row \`creditline xovi.GET, attemptMs: 0\` is the same
call without the limit (no controller, no timer): the gap between the two xovi.GET rows is what the
time limit costs, signal, its garbage and all. On Node 20 that is most of what creditline adds to a call, as Node 20
makes every signal transferable when it creates it; Node 22 made that lazy, and there the same
line costs next to nothing. The bare openapi-fetch call pays for one such signal too: the
\`Request\` it builds makes its own.

## Per call, over loopback

The same clients against a server on 127.0.0.1 in its own process that answers with the same
bytes, plus axios. The fetch clients use Node's global fetch, whose dispatcher (undici) keeps
connections alive; axios gets an \`http.Agent\` with \`keepAlive\`. The server accepted
${loopback.connections ?? '?'} connections for ${loopback.requests ?? '?'} requests. Each sample is one request. On loopback a
request costs so little that the clients' own work shows; over a real network the request
dominates and every ratio moves toward 1.

${callTable(loopback)}

## Paging: ${(paging.pages * paging.pageSize).toLocaleString('en')} Maileon contingents

\`for await (const c of maileon.listContingents({ nlAccountId, pageSize: ${paging.pageSize} }))\`, counting
the items, against a server in its own process that serves ${paging.pages} pages of
${paging.pageSize}, each page's body made before it listens, with \`x-items\`, \`x-pages\` and one
\`Link\` header line each for \`rel="start"\`, \`"prev"\` and \`"next"\`, as Maileon sends them. The
client has its default options. Runs come in pairs, one without and one with \`prefetch: true\`,
in alternating order. The heap is V8's used heap: read after a full GC before the loop, every 100
items during it (the peak), and after a full GC after it; 1 MB = 1 000 000 bytes. The last column
is the server process's CPU time during a run over the run's time: well below 100%, the server
was never what the client waited for.

${pagingTable(input.pagingSummary)}

The same loops over ${plan.pagingWithLatency.pages} pages of ${plan.pagingWithLatency.pageSize} from a server that answers each page
${plan.pagingWithLatency.latencyMs} ms late, as an API over a network does (a real one takes tens of milliseconds): this is
what prefetching is for, and where its target is judged.

${pagingTable(input.latencySummary)}

A loop that \`break\`s early: the pages the server was asked for (counted by the server, after the
requests in flight have landed).

${overshootTable(paging.overshoots)}

## Developer tools

${input.tools}
`;
}

function busyNote({ machine }: PageInput): string {
  return wasBusy(machine) ? ' — **the machine was busy: every figure on this page is noisy**' : '';
}
