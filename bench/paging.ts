// Paging a large list: `for await` over Maileon's contingents with `listContingents`, pages of
// 1000 (its default), against a server that answers at once and one that takes a few
// milliseconds a page, as an API over a network does, and that server with a loop that does
// work of its own (writing each page away); each without and with `prefetch: true`, in pairs of
// alternating order. The heap is V8's used heap after a full GC before the loop,
// read at the end of every page during it: its peak growth shows whether the pager holds on to pages.
import { setTimeout as wait } from 'node:timers/promises';
import { getHeapStatistics } from 'node:v8';
import { createMaileonClient } from 'creditline/maileon';
import { startServer } from './server.js';
import { percent, section, spread } from './table.js';

const CONTINGENTS = 50_000;
const SLOW_PAGE_MS = 5;
const PAGE = 1000;
const PAIRS = 15;
const collectGarbage =
  globalThis.gc ??
  (() => {
    throw new Error('run with --expose-gc: the heap figures need a full GC');
  });

async function loop(baseUrl: string, prefetch: boolean, workMsPerPage: number) {
  const maileon = createMaileonClient({ apiKey: 'bench-key', baseUrl });
  collectGarbage();
  const heapBefore = getHeapStatistics().used_heap_size;
  let peak = heapBefore;
  let count = 0;
  const started = performance.now();
  for await (const contingent of maileon.listContingents({ nlAccountId: 1, prefetch })) {
    if (contingent.id !== ++count) throw new Error(`contingent ${count} came as ${contingent.id}`);
    if (count % PAGE === 0) {
      peak = Math.max(peak, getHeapStatistics().used_heap_size);
      if (workMsPerPage > 0) await wait(workMsPerPage);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  if (count !== CONTINGENTS) throw new Error(`the loop saw ${count} of ${CONTINGENTS} contingents`);
  return { seconds, itemsPerSecond: count / seconds, peakGrowth: peak - heapBefore };
}

const rows: string[][] = [];
for (const [server, latencyMs, workMs] of [
  ['answers at once', 0, 0],
  [`takes ${SLOW_PAGE_MS} ms a page`, SLOW_PAGE_MS, 0],
  [`takes ${SLOW_PAGE_MS} ms a page; the loop spends ${SLOW_PAGE_MS} ms on each page`, SLOW_PAGE_MS, SLOW_PAGE_MS],
] as const) {
  const { origin, close } = await startServer({ contingents: CONTINGENTS, latencyMs });
  await loop(origin, false, workMs);
  await loop(origin, true, workMs);
  const runs: Record<'plain' | 'prefetch', Awaited<ReturnType<typeof loop>>[]> = { plain: [], prefetch: [] };
  for (let pair = 0; pair < PAIRS; pair++) {
    for (const prefetch of pair % 2 ? [true, false] : [false, true]) runs[prefetch ? 'prefetch' : 'plain'].push(await loop(origin, prefetch, workMs));
  }
  close();
  for (const [name, results] of Object.entries(runs)) {
    const saved = results.map((run, pair) => 1 - run.seconds / runs.plain[pair]!.seconds);
    rows.push([
      server,
      name === 'prefetch' ? '`prefetch: true`' : 'plain loop',
      spread(
        results.map((run) => run.itemsPerSecond),
        (value) => `${(value / 1000).toFixed(0)}k/s`,
      ),
      spread(
        results.map((run) => run.peakGrowth),
        (bytes) => `${(bytes / 1e6).toFixed(1)} MB`,
      ),
      name === 'prefetch' ? spread(saved, percent) : '',
    ]);
  }
}

section(
  `Paging ${CONTINGENTS.toLocaleString('en')} Maileon contingents`,
  `\`for await (const c of maileon.listContingents({ nlAccountId }))\`, median (p25–p75) of ${PAIRS} runs each. ` +
    "The heap: V8's used heap at its peak during the loop, above its level after a full GC before it. " +
    'Prefetching asks for the next page while the loop works through this one: it pays when the server is slow and the loop has work of its own to do meanwhile.',
  ['server', 'loop', 'items per second', 'heap growth, peak', 'time saved by prefetch'],
  rows,
);
