// How long a spec edit takes to reach the types: `npm run generate` (every API bundled and
// generated, one process), optionally `npm run build`, and `npm run dev` on a scratch copy of the
// spec (scripts/dev/scratch-root.ts), timed from the save of a Nue operation file to its
// generated/nue.ts being written, over several edits.
//   npx tsx bench/spec-loop.ts [--edits 8] [--build] [--json]
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type DevEvent, startDevLoop } from '../scripts/dev/dev-loop.js';
import { scratchRoot } from '../scripts/dev/scratch-root.js';
import { repoRoot } from '../scripts/openapi/redocly-apis.js';

export interface SpecLoopTimes {
  /** `npm run generate`, wall time. */
  generateMs: number;
  /** `npm run build`, wall time (only when asked for: it takes a while and writes docs/ and dist/). */
  buildMs?: number;
  /** Per edit: the save of the operation file → generated/nue.ts written. */
  devReactionMs: number[];
}

/** The operation file the dev-loop edits change (its summary: a change the types show). */
const editedOperation = path.join('spec', 'nue', 'paths', 'revenue-manager', 'getOrder.yaml');

function timedNpm(script: string): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    execFile('npm', ['run', '--silent', script], { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`npm run ${script} failed: ${error.message}\n${stdout}${stderr}`));
      else resolve(performance.now() - started);
    });
  });
}

async function devReactions(edits: number): Promise<number[]> {
  const scratch = scratchRoot();
  let typesWritten: ((event: Extract<DevEvent, { type: 'types' }>) => void) | undefined;
  const loop = await startDevLoop({
    root: scratch.root,
    log: () => {},
    onEvent: (event) => {
      if (event.type === 'types' && event.api === 'nue') typesWritten?.(event);
    },
  });
  try {
    const file = path.join(scratch.root, editedOperation);
    const original = readFileSync(file, 'utf8');
    const times: number[] = [];
    for (let edit = 1; edit <= edits; edit++) {
      const written = new Promise<Extract<DevEvent, { type: 'types' }>>((resolve) => {
        typesWritten = resolve;
      });
      const saved = performance.now();
      writeFileSync(file, original.replace(/^summary: (.*)$/m, `summary: $1 (edit ${edit})`));
      const event = await written;
      if (!event.changed) throw new Error(`edit ${edit} did not change generated/nue.ts`);
      times.push(performance.now() - saved);
      // Each edit starts from a quiet loop: lint and the docs page of the last one done.
      await loop.idle();
    }
    return times;
  } finally {
    await loop.close();
    scratch.remove();
  }
}

export async function measureSpecLoop({ edits = 8, build = false }: { edits?: number; build?: boolean } = {}): Promise<SpecLoopTimes> {
  const generateMs = await timedNpm('generate');
  const buildMs = build ? await timedNpm('build') : undefined;
  const devReactionMs = await devReactions(edits);
  return { generateMs, ...(buildMs === undefined ? {} : { buildMs }), devReactionMs };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const editsIndex = args.indexOf('--edits');
  const edits = editsIndex === -1 ? 8 : Number(args[editsIndex + 1]);
  const times = await measureSpecLoop({ edits, build: args.includes('--build') });
  if (args.includes('--json')) {
    console.log(JSON.stringify(times));
  } else {
    const sorted = [...times.devReactionMs].sort((a, b) => a - b);
    const ms = (value: number) => `${Math.round(value)} ms`;
    console.log(`npm run generate: ${ms(times.generateMs)}`);
    if (times.buildMs !== undefined) console.log(`npm run build: ${ms(times.buildMs)}`);
    console.log(`npm run dev, save → generated/nue.ts written (${sorted.length} edits): ${times.devReactionMs.map(ms).join(', ')}`);
    console.log(`  median ${ms(sorted[Math.floor(sorted.length / 2)] ?? 0)}, max ${ms(sorted.at(-1) ?? 0)}`);
  }
}
