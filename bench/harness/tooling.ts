// How long the developer's tools take: `npm run generate`, `npm run build`, and how soon
// `npm run dev` reacts to a spec edit (bench/spec-loop.ts measures the spec loop; the build is
// timed here, so that a failing build costs only its own row). Each a row of the page: a time, or
// why there is none. They run after the runtime figures: they rewrite generated/ and dist/.
// The build runs BUILD_RUNS times (its time on a busy 2-core machine varies by a second or two).
import { measureSpecLoop, type SpecLoopTimes } from '../spec-loop.js';
import { ms } from './format.js';
import { runNpmScript } from './npm-script.js';
import type { Plan } from './plan.js';
import { quartiles } from './stats.js';

export interface ToolRow {
  what: string;
  time: string;
  note: string;
}

/** The rows of the page, and the figures the targets are judged on (absent when not measured). */
export interface ToolTimes {
  rows: ToolRow[];
  buildMs?: number[];
  devReactionMs?: number[];
}

const BUILD_RUNS = 3;

const GENERATE = '`npm run generate`';
const BUILD = '`npm run build`';
const DEV = '`npm run dev`: from saving a spec file to its new types';

export async function measureTooling(plan: Plan): Promise<ToolTimes> {
  if (!plan.tooling) return { rows: [GENERATE, BUILD, DEV].map((what) => ({ what, time: '', note: 'not measured (--quick)' })) };
  console.error('timing the spec loop (bench/spec-loop.ts)');
  let loop: SpecLoopTimes | string;
  try {
    loop = await measureSpecLoop();
  } catch (error) {
    console.error(error);
    loop = `bench/spec-loop.ts failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
  }
  const generate =
    typeof loop === 'string' ? (await timed(GENERATE, 'generate')).row : { what: GENERATE, time: ms(loop.generateMs), note: 'bench/spec-loop.ts' };
  const build = await timedRuns(BUILD, 'build', BUILD_RUNS);
  const dev = typeof loop === 'string' ? { what: DEV, time: '', note: `not measured: ${loop}` } : devRow(loop.devReactionMs);
  return {
    rows: [generate, build.row, dev],
    ...(build.ms === undefined ? {} : { buildMs: build.ms }),
    ...(typeof loop === 'string' || loop.devReactionMs.length === 0 ? {} : { devReactionMs: loop.devReactionMs }),
  };
}

function devRow(reactions: number[]): ToolRow {
  if (reactions.length === 0) return { what: DEV, time: '', note: 'bench/spec-loop.ts measured no edit' };
  return {
    what: DEV,
    time: medianAndRange(reactions),
    note: `bench/spec-loop.ts, median (min–max) of ${reactions.length} edits: ${reactions.map(ms).join(', ')}`,
  };
}

const medianAndRange = (times: number[]) => `${ms(quartiles(times).p50)} (${ms(Math.min(...times))}–${ms(Math.max(...times))})`;

/** `npm run <script>` `runs` times, one after the other; the first failure ends it. */
async function timedRuns(what: string, script: string, runs: number): Promise<{ row: ToolRow; ms?: number[] }> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const once = await timed(what, script);
    if (once.ms === undefined) return { row: once.row };
    times.push(once.ms);
  }
  return { row: { what, time: medianAndRange(times), note: `median (min–max) of ${runs} runs: ${times.map(ms).join(', ')}` }, ms: times };
}

async function timed(what: string, script: string): Promise<{ row: ToolRow; ms?: number }> {
  console.error(`timing npm run ${script}`);
  const run = await runNpmScript(script);
  if (run.code === 0) return { row: { what, time: ms(run.ms), note: '' }, ms: run.ms };
  console.error(`npm run ${script} failed (exit ${run.code}):\n${run.tail}`);
  return { row: { what, time: '', note: `failed (exit ${run.code}) after ${ms(run.ms)}` } };
}
