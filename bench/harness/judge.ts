// The targets, each judged on this run's figures (targets.ts says how).
import type { BundleSize } from './bundle-sizes.js';
import { kB, MB, ms, percent, perSecond, withRange, µs } from './format.js';
import type { CallsResult } from './results.js';
import { iqr, type Quartiles, quartiles } from './stats.js';
import { clientNamed, overBaseline, type PagingSummary } from './summaries.js';
import { type Judged, verdictOf } from './targets.js';
import type { ToolTimes } from './tooling.js';

const CALL_OVERHEAD_NS = 2_000;
const HEAP_GROWTH_BYTES = 50e6;
const ITEMS_PER_SECOND = 300_000;
const PREFETCH_GAIN = 0.1;
const OVERSHOOT_PAGES = 1;
const BUILD_MS = 20_000;
const DEV_REACTION_MS = 1_500;

/**
 * `inMemory`: the in-memory calls on each Node measured (this one, then the newer ones); the call
 * targets are judged on each. `withLatency`: the prefetch pairs against a server that answers each
 * page late (plan.pagingWithLatency).
 */
export function judgeTargets(inMemory: CallsResult[], paging: PagingSummary, withLatency: PagingSummary, sizes: BundleSize[], tools: ToolTimes): Judged[] {
  const overhead = (run: CallsResult, name: string, target: string): Judged => {
    const q = overBaseline(run.clients, clientNamed(run.clients, name))!;
    return quartilesAgainst(`${target} (Node ${run.node})`, q, CALL_OVERHEAD_NS, true, µs);
  };
  const judged: Judged[] = [
    ...inMemory.flatMap((run) => [
      overhead(run, 'creditline xovi.GET', 'XOVI call in memory: creditline xovi.GET at most 2 µs above bare openapi-fetch'),
      overhead(run, 'creditline maileon.GET', 'Maileon call in memory: creditline maileon.GET at most 2 µs above bare openapi-fetch'),
    ]),
    quartilesAgainst('Paging 1,000,000 contingents: at least 300k items/s', paging.sequential.itemsPerSecond, ITEMS_PER_SECOND, false, perSecond),
    quartilesAgainst('Paging: heap growth at most 50 MB (peak during the run)', paging.sequential.peakGrowth, HEAP_GROWTH_BYTES, true, MB),
  ];
  if (paging.prefetch && paging.prefetchGain && paging.prefetchOvershoot !== undefined) {
    judged.push(
      quartilesAgainst('Paging with prefetch: heap growth at most 50 MB (peak)', paging.prefetch.peakGrowth, HEAP_GROWTH_BYTES, true, MB),
      // Judged where there is something to overlap: a server that answers at once leaves the client
      // only its own work, on the one thread that also parses the next page (the table shows both).
      quartilesAgainst(
        'Paging with prefetch, server taking 2 ms a page: at least 10% faster',
        withLatency.prefetchGain ?? paging.prefetchGain,
        PREFETCH_GAIN,
        false,
        percent,
      ),
      exact('Paging with prefetch: a loop that breaks causes at most 1 page more', paging.prefetchOvershoot, OVERSHOOT_PAGES, (pages) => `${pages} page(s)`),
    );
  } else {
    for (const target of [
      'Paging with prefetch, server taking 2 ms a page: at least 10% faster',
      'Paging with prefetch: a loop that breaks causes at most 1 page more',
    ]) {
      judged.push({ target, measured: 'prefetch: not available', spread: '', verdict: 'not measured' });
    }
  }
  for (const size of sizes) judged.push(exact(`Browser bundle of ${size.entry}, min+gzip, at most ${kB(size.budget)}`, size.gzipped, size.budget, kB));
  const buildTarget = '`npm run build` within 20 s (median of the runs)';
  const devTarget = '`npm run dev`: a saved spec edit reaches the generated types within 1.5 s (median of the edits)';
  judged.push(
    tools.buildMs === undefined ? notMeasured(buildTarget) : quartilesAgainst(buildTarget, quartiles(tools.buildMs), BUILD_MS, true, ms),
    tools.devReactionMs === undefined ? notMeasured(devTarget) : quartilesAgainst(devTarget, quartiles(tools.devReactionMs), DEV_REACTION_MS, true, ms),
  );
  return judged;
}

function quartilesAgainst(target: string, q: Quartiles, limit: number, atMost: boolean, unit: (value: number) => string): Judged {
  return { target, measured: withRange(q, unit), spread: unit(iqr(q)), verdict: verdictOf({ value: q.p50, limit, spread: iqr(q), atMost }) };
}

function notMeasured(target: string): Judged {
  return { target, measured: 'not measured (--quick, or the tool failed: see Developer tools)', spread: '', verdict: 'not measured' };
}

function exact(target: string, value: number, limit: number, unit: (value: number) => string): Judged {
  return { target, measured: unit(value), spread: '', verdict: verdictOf({ value, limit, spread: 0, atMost: true }) };
}
