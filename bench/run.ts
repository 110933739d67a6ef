// `npm run bench`: the built package (dist/) against raw fetch, bare openapi-fetch and axios, in one
// run: per call in memory and over loopback, paging a million Maileon contingents, the browser
// bundles, type-checking every Nue operation and the developer tools; each figure judged against
// the issue's targets (harness/judge.ts). Every measurement runs in a process of its own under
// plain Node (harness/worker-build.ts); this file only orchestrates.
//   npm run bench [-- --quick] [-- --write] [-- --check] [-- --no-build]
//   --quick     a short run, for working on the benchmark (no tool timings)
//   --write     write BENCHMARKS.md (the whole page; the marked sections of other commands are kept,
//               the bundle-size one refreshed by `npm run size -- --write`)
//   --check     exit 1 when a target is missed by more than its measured spread
//   --no-build  fail when dist/ is stale instead of running `npm run compile`
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { keepMarkedSections } from '../scripts/bundle-size/benchmarks-section.js';
import { repoRoot } from '../scripts/openapi/redocly-apis.js';
import { ensureBuiltPackage } from './harness/built-package-freshness.js';
import { measureBundleSizes } from './harness/bundle-sizes.js';
import { judgeTargets } from './harness/judge.js';
import { describeMachine, wasBusy } from './harness/machine.js';
import { runNpmScript } from './harness/npm-script.js';
import { OTHER_NODE_MAJORS, otherNodeBinary } from './harness/other-node.js';
import { snapshotBuiltPackage } from './harness/package-snapshot.js';
import { benchmarksPage } from './harness/page.js';
import { FULL, QUICK } from './harness/plan.js';
import { runMeasurement, withServer } from './harness/processes.js';
import type { CallsResult, PagingResult } from './harness/results.js';
import { summarisePaging } from './harness/summaries.js';
import { measureTooling } from './harness/tooling.js';
import { toolsSection } from './harness/tools-table.js';
import { type TypeCheckRun, typeCheckNueCalls } from './harness/type-check.js';
import { buildWorkers } from './harness/worker-build.js';

const args = process.argv.slice(2);
const { values } = parseArgs({
  args,
  options: { quick: { type: 'boolean' }, write: { type: 'boolean' }, check: { type: 'boolean' }, 'no-build': { type: 'boolean' } },
});
const plan = values.quick ? QUICK : FULL;
const command = `npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}`;
const machine = describeMachine();
if (wasBusy(machine)) {
  console.error(`warning: load average ${machine.loadAtStart[0]!.toFixed(2)} on ${machine.cores} cores: something else is running, every figure will be noisy`);
}

await ensureBuiltPackage(!values['no-build']).catch((error: Error) => {
  console.error(`npm run bench: ${error.message}`);
  process.exit(1);
});
const packageFolder = snapshotBuiltPackage();
const { sizes, typeChecks, inMemory, inMemoryOtherNodes, loopback, paging, pagingWithLatency } = await measureBuiltPackage(packageFolder).finally(() =>
  rmSync(packageFolder, { recursive: true, force: true }),
);
const tools = await measureTooling(plan);

const pagingSummary = summarisePaging(paging);
const latencySummary = summarisePaging(pagingWithLatency);
const targets = judgeTargets([inMemory, ...inMemoryOtherNodes], pagingSummary, latencySummary, sizes, tools);
const page = benchmarksPage({
  command,
  plan,
  machine,
  targets,
  inMemory,
  inMemoryOtherNodes,
  loopback,
  paging,
  pagingSummary,
  latencySummary,
  tools: toolsSection(tools.rows, typeChecks),
});
console.log(page);

if (values.write) {
  const file = path.join(repoRoot, 'BENCHMARKS.md');
  writeFileSync(file, keepMarkedSections(page, readFileSync(file, 'utf8')));
  // The bundle-size section is `npm run size -- --write`'s: refreshed by it, so that it shows this tree.
  const size = await runNpmScript('size', ['--write']);
  if (size.code !== 0 && !size.tail.includes('over budget')) console.error(`npm run size -- --write failed; its section was kept as it was:\n${size.tail}`);
  console.error(`wrote ${path.relative(process.cwd(), file)}`);
}

if (values.check) {
  const failed = targets.filter(({ verdict }) => verdict === 'missed' || verdict === 'not measured');
  for (const { target, measured, spread } of failed) console.error(`target missed: ${target}: ${measured}${spread ? `, spread ${spread}` : ''}`);
  if (failed.length) process.exitCode = 1;
  else console.error('every target met (or within noise)');
}

/** Everything measured on the run's copy of the package, each part in processes of its own. */
async function measureBuiltPackage(folder: string) {
  const workers = await buildWorkers(folder);
  console.error('bundle sizes');
  const sizes = await measureBundleSizes(folder);
  console.error('type-checking every Nue operation');
  let typeChecks: TypeCheckRun[] | string = [];
  try {
    for (let run = 0; run < plan.typeCheckRuns; run++) typeChecks.push(await typeCheckNueCalls());
  } catch (error) {
    // A calls file being rewritten by someone else's change costs this figure, not the whole run.
    console.error(error);
    typeChecks = `not measured: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
  }
  const rounds = ['--rounds', String(plan.rounds), '--round-ms', String(plan.roundMs), '--warmup-ms', String(plan.warmupMs)];
  console.error('per call, in memory');
  const inMemoryArgs = ['--setting', 'memory', ...rounds, '--calls-per-sample', String(plan.callsPerSample)];
  const inMemory = await runMeasurement<CallsResult>(workers.calls, inMemoryArgs);
  const inMemoryOtherNodes: CallsResult[] = [];
  for (const major of OTHER_NODE_MAJORS) {
    const otherNode = otherNodeBinary(major);
    console.error(`per call, in memory, on ${otherNode}`);
    inMemoryOtherNodes.push(await runMeasurement<CallsResult>(workers.calls, inMemoryArgs, otherNode));
  }
  console.error('per call, over loopback');
  const loopback = await withServer(workers['answer-server'], [], (origin) =>
    runMeasurement<CallsResult>(workers.calls, ['--setting', 'loopback', '--origin', origin, ...rounds, '--calls-per-sample', '1']),
  );
  console.error('paging');
  const { pages, pageSize, pairs } = plan.paging;
  const size = ['--pages', String(pages), '--page-size', String(pageSize)];
  const paging = await withServer(workers['paging-server'], size, (origin) =>
    runMeasurement<PagingResult>(workers.paging, ['--origin', origin, ...size, '--pairs', String(pairs)]),
  );
  console.error('paging, with latency');
  const slow = plan.pagingWithLatency;
  const slowSize = ['--pages', String(slow.pages), '--page-size', String(slow.pageSize)];
  const pagingWithLatency = await withServer(workers['paging-server'], [...slowSize, '--latency-ms', String(slow.latencyMs)], (origin) =>
    runMeasurement<PagingResult>(workers.paging, ['--origin', origin, ...slowSize, '--pairs', String(slow.pairs)]),
  );
  return { sizes, typeChecks, inMemory, inMemoryOtherNodes, loopback, paging, pagingWithLatency };
}
