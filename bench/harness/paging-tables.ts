// The paging tables: throughput and heap per mode, and the pages a loop that stops early caused.
import { MB, percent, perSecond, table, withRange } from './format.js';
import type { Overshoot } from './results.js';
import type { ModeSummary, PagingSummary } from './summaries.js';

export function pagingTable(summary: PagingSummary): string {
  const row = (mode: string, s: ModeSummary, gain: string) => [
    mode,
    withRange(s.itemsPerSecond, perSecond),
    gain,
    withRange(s.peakGrowth, MB),
    MB(s.maxPeakGrowth),
    withRange(s.retainedGrowth, MB),
    withRange(s.serverShare, percent),
  ];
  const rows = [row('`listContingents({ nlAccountId, pageSize: 1000 })`', summary.sequential, '')];
  if (summary.prefetch && summary.prefetchGain) rows.push(row('the same with `prefetch: true`', summary.prefetch, withRange(summary.prefetchGain, percent)));
  else rows.push(['the same with `prefetch: true`', 'prefetch: not available', '', '', '', '', '']);
  return table(
    [
      'loop',
      'items per second: median (p25–p75)',
      'faster than without prefetch (per pair)',
      'heap growth, peak during the run',
      'largest peak growth',
      'heap growth after the run',
      "server's CPU time / the run's time",
    ],
    rows,
  );
}

export function overshootTable(overshoots: Overshoot[]): string {
  return table(
    ['loop', '`break` after item', 'pages those items are on', 'pages the server was asked for'],
    overshoots.map((o) => [o.prefetch ? 'with prefetch' : 'without prefetch', String(o.breakAfter), String(o.pagesNeeded), String(o.pagesServed)]),
  );
}
