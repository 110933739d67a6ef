// How long the developer's tools take: `npm run generate`, `npm run build`, and how soon
// `npm run dev` reacts to a spec edit (bench/spec-loop.ts measures the spec loop; the build is
// timed here, so that a failing build costs only its own row). Each a row of the page: a time, or
// why there is none. They run after the runtime figures: they rewrite generated/ and dist/.
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
  buildMs?: number;
  devReactionMs?: number[];
}

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
  const build = await timed(BUILD, 'build');
  const dev = typeof loop === 'string' ? { what: DEV, time: '', note: `not measured: ${loop}` } : devRow(loop.devReactionMs);
  return {
    rows: [generate, build.row, dev],
    ...(build.ms === undefined ? {} : { buildMs: build.ms }),
    ...(typeof loop === 'string' || loop.devReactionMs.length === 0 ? {} : { devReactionMs: loop.devReactionMs }),
  };
}

function devRow(reactions: number[]): ToolRow {
  if (reactions.length === 0) return { what: DEV, time: '', note: 'bench/spec-loop.ts measured no edit' };
  const { p50 } = quartiles(reactions);
  return {
    what: DEV,
    time: `${ms(p50)} (${ms(Math.min(...reactions))}–${ms(Math.max(...reactions))})`,
    note: `bench/spec-loop.ts, median (min–max) of ${reactions.length} edits: ${reactions.map(ms).join(', ')}`,
  };
}

async function timed(what: string, script: string): Promise<{ row: ToolRow; ms?: number }> {
  console.error(`timing npm run ${script}`);
  const run = await runNpmScript(script);
  if (run.code === 0) return { row: { what, time: ms(run.ms), note: '' }, ms: run.ms };
  console.error(`npm run ${script} failed (exit ${run.code}):\n${run.tail}`);
  return { row: { what, time: '', note: `failed (exit ${run.code}) after ${ms(run.ms)}` } };
}
