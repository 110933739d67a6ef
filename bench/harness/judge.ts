// The targets, each judged on this run's figures (targets.ts says how).
import type { BundleSize } from './bundle-sizes.js';
import { kB, MB, percent, perSecond, withRange, µs } from './format.js';
import type { CallsResult } from './results.js';
import { iqr, type Quartiles } from './stats.js';
import { clientNamed, overBaseline, type PagingSummary } from './summaries.js';
import { type Judged, verdictOf } from './targets.js';

const CALL_OVERHEAD_NS = 2_000;
const HEAP_GROWTH_BYTES = 50e6;
const ITEMS_PER_SECOND = 300_000;
const PREFETCH_GAIN = 0.1;
const OVERSHOOT_PAGES = 1;

/** `withLatency`: the prefetch pairs against a server that answers each page late (plan.pagingWithLatency). */
export function judgeTargets(inMemory: CallsResult, paging: PagingSummary, withLatency: PagingSummary, sizes: BundleSize[]): Judged[] {
  const overhead = (name: string, target: string): Judged => {
    const q = overBaseline(inMemory.clients, clientNamed(inMemory.clients, name))!;
    return quartilesAgainst(target, q, CALL_OVERHEAD_NS, true, µs);
  };
  const judged: Judged[] = [
    overhead('creditline xovi.GET', 'XOVI call in memory: creditline xovi.GET at most 2 µs above bare openapi-fetch'),
    overhead('creditline maileon.GET', 'Maileon call in memory: creditline maileon.GET at most 2 µs above bare openapi-fetch'),
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
  return judged;
}

function quartilesAgainst(target: string, q: Quartiles, limit: number, atMost: boolean, unit: (value: number) => string): Judged {
  return { target, measured: withRange(q, unit), spread: unit(iqr(q)), verdict: verdictOf({ value: q.p50, limit, spread: iqr(q), atMost }) };
}

function exact(target: string, value: number, limit: number, unit: (value: number) => string): Judged {
  return { target, measured: unit(value), spread: '', verdict: verdictOf({ value, limit, spread: 0, atMost: true }) };
}
