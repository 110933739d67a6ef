// The measuring process of the paging table, started by `npm run bench` (run.ts) under plain Node
// (harness/worker-build.ts) against paging-server.ts: `maileon.listContingents` streams every
// contingent, with and without `prefetch`, in pairs whose order alternates so that neither mode
// always runs on a warmer machine. Each stream reads the heap after a full GC before and after it
// and every 100 items during it. Then loops that `break` early, to count the pages they caused.
//   node --expose-gc .tmp/bench/paging.mjs --origin <url> --pages N --page-size S --pairs P
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { getHeapStatistics } from 'node:v8';
import { createMaileonClient } from 'creditline/maileon';
import { MAILEON_KEY } from './harness/answers.js';
import { builtEntryOf } from './harness/built-package.js';
import { emit, type Overshoot, type PagingRun } from './harness/results.js';

const { values } = parseArgs({
  options: { origin: { type: 'string' }, pages: { type: 'string' }, 'page-size': { type: 'string' }, pairs: { type: 'string' } },
});
const origin = values.origin ?? '';
const pages = Number(values.pages);
const pageSize = Number(values['page-size']);
const pairs = Number(values.pairs);
const collectGarbage = globalThis.gc;
if (!collectGarbage) throw new Error('paging: run with --expose-gc');

// Default retry and timeout options, as a user has them.
const maileon = createMaileonClient({ apiKey: MAILEON_KEY, baseUrl: origin });
const list = (prefetch: boolean) => maileon.listContingents({ nlAccountId: 1, pageSize, ...(prefetch ? { prefetch: true } : {}) });
const heapUsed = () => getHeapStatistics().used_heap_size;

const prefetchAvailable = await prefetchAsksEarly();
if (!prefetchAvailable) console.error('prefetch: not available (the built listContingents does not ask for the next page early)');
const modes = prefetchAvailable ? [false, true] : [false];

// Warm-up: the JIT and the connection, a tenth of the pages in each mode.
for (const prefetch of modes) await itemsUntil(list(prefetch), Math.ceil(pages / 10) * pageSize);
await settled();
const runs: PagingRun[] = [];
for (let pair = 0; pair < pairs; pair++) {
  for (const prefetch of pair % 2 === 0 ? modes : [...modes].reverse()) {
    runs.push(await stream(prefetch));
    console.error(`paging: ${runs.at(-1)!.items} items in ${runs.at(-1)!.ms.toFixed(0)} ms${prefetch ? ', prefetch' : ''}`);
  }
}
const overshoots: Overshoot[] = [];
for (const prefetch of modes) {
  for (const breakAfter of [1, pageSize, Math.floor(2.5 * pageSize)]) overshoots.push(await overshoot(prefetch, breakAfter));
}
emit({ resolvedFrom: builtEntryOf('maileon'), pageSize, pages, prefetchAvailable, runs, overshoots });

async function stream(prefetch: boolean): Promise<PagingRun> {
  await server('__reset');
  collectGarbage!();
  const heapBefore = heapUsed();
  let heapPeak = heapBefore;
  let items = 0;
  const started = performance.now();
  for await (const item of list(prefetch)) {
    // Every item once, in order: a stream that lost or repeated one would not be the same work.
    if (item.id !== ++items) throw new Error(`paging: item ${items} has id ${item.id}`);
    if (items % 100 === 0) heapPeak = Math.max(heapPeak, heapUsed());
  }
  const ms = performance.now() - started;
  if (items !== pages * pageSize) throw new Error(`paging: ${items} items, expected ${pages * pageSize}`);
  collectGarbage!();
  const heapAfter = heapUsed();
  const { pagesServed, cpuMs } = await server('__stats');
  if (pagesServed !== pages) throw new Error(`paging: the server was asked for ${pagesServed} pages, expected ${pages}`);
  return { prefetch, items, ms, heapBefore, heapAfter, heapPeak, serverCpuMs: cpuMs };
}

/** Whether `prefetch: true` makes the client ask for page 2 while the loop is still on page 1. */
async function prefetchAsksEarly(): Promise<boolean> {
  await server('__reset');
  for await (const _first of list(true)) {
    for (let waited = 0; waited < 2000; waited += 10) {
      if ((await server('__stats')).pagesServed >= 2) return true;
      await sleep(10);
    }
    return false;
  }
  return false;
}

async function overshoot(prefetch: boolean, breakAfter: number): Promise<Overshoot> {
  await server('__reset');
  await itemsUntil(list(prefetch), breakAfter);
  return { prefetch, breakAfter, pagesNeeded: Math.ceil(breakAfter / pageSize), pagesServed: await settled() };
}

/**
 * The server's page count once it has stood still for 200 ms: after a loop that stopped early, a
 * prefetched request may still be on its way (and must not land in the next measurement's count).
 */
async function settled(): Promise<number> {
  let pagesServed = -1;
  for (let now = (await server('__stats')).pagesServed; now !== pagesServed; now = (await server('__stats')).pagesServed) {
    pagesServed = now;
    await sleep(200);
  }
  return pagesServed;
}

/** Runs a loop over `items` that `break`s after `count` of them. */
async function itemsUntil(items: AsyncIterable<unknown>, count: number): Promise<void> {
  let seen = 0;
  for await (const _item of items) if (++seen >= count) break;
}

async function server(route: '__reset' | '__stats'): Promise<{ pagesServed: number; cpuMs: number }> {
  return (await (await fetch(`${origin}/${route}`)).json()) as { pagesServed: number; cpuMs: number };
}
