// The steps of `npm run build`, each timed, its output kept and printed in one piece when it ends,
// so that steps running side by side do not interleave their lines. A step is either work done
// in this process or one of package.json's scripts run as `npm run` would run it (its command
// line in `sh`, with node_modules/.bin first on PATH) without starting npm for it.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../openapi/redocly-apis.js';

/** The CPU priority of the steps that run beside the ones the build waits for (typecheck, this process). */
export const besideNice = 15;

export interface StepOutcome {
  name: string;
  ms: number;
  passed: boolean;
  output: string;
}

type Print = (line: string) => void;

/** Runs `work` with a `print` that collects its lines; a thrown error fails the step. */
export async function inProcessStep(name: string, work: (print: Print) => Promise<boolean>): Promise<StepOutcome> {
  const lines: string[] = [];
  const started = performance.now();
  let passed: boolean;
  try {
    passed = await work((line) => lines.push(line));
  } catch (error) {
    lines.push(error instanceof Error ? (error.stack ?? error.message) : String(error));
    passed = false;
  }
  return { name, ms: performance.now() - started, passed, output: lines.join('\n') };
}

interface ScriptStepOptions {
  /** Lowers the step's CPU priority (through `nice`), so that the steps the build waits for longest come first. */
  nice?: number;
  /** Appended to the script's command line. */
  args?: string[];
  /**
   * For a script that starts early and waits for a line `go` on stdin: sent when this resolves
   * true (the step's time counts from then); stdin is closed either way.
   */
  go?: Promise<boolean>;
}

/** Runs package.json's script `name` (e.g. `typecheck`) with its output captured. */
export function scriptStep(name: string, { nice = 0, args: appended = [], go }: ScriptStepOptions = {}): Promise<StepOutcome> {
  const scripts = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const script = scripts[name];
  if (!script) throw new Error(`package.json has no script "${name}"`);
  const command = [script, ...appended].join(' ');
  let started = performance.now();
  return new Promise((resolve) => {
    const [file, ...args] = [...(nice === 0 ? [] : ['nice', '-n', String(nice)]), 'sh', '-c', command];
    const child = spawn(file!, args, {
      cwd: repoRoot,
      env: { ...process.env, PATH: `${path.join(repoRoot, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}` },
      stdio: 'pipe',
    });
    child.stdin.on('error', () => {
      // Gone already: its exit code and output say why.
    });
    if (go)
      void go.then((going) => {
        started = performance.now();
        child.stdin.end(going ? 'go\n' : '');
      });
    else child.stdin.end();
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
    });
    const done = (passed: boolean, extra = '') => resolve({ name, ms: performance.now() - started, passed, output: `${command}\n${output}${extra}`.trimEnd() });
    child.on('error', (error) => done(false, `\n${error.message}`));
    child.on('close', (code) => done(code === 0, code === 0 ? '' : `\nexited with ${code}`));
  });
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function printOutcome(outcome: StepOutcome): void {
  console.log(`\n> ${outcome.name} ${outcome.passed ? 'passed' : 'FAILED'} (${seconds(outcome.ms)})`);
  if (outcome.output) console.log(outcome.output);
}

export function printTimings(outcomes: StepOutcome[], totalMs: number): void {
  const width = Math.max(...outcomes.map((outcome) => outcome.name.length));
  console.log(`\nbuild ${outcomes.every((outcome) => outcome.passed) ? 'passed' : 'FAILED'} in ${seconds(totalMs)}`);
  for (const outcome of outcomes) console.log(`  ${outcome.name.padEnd(width)}  ${seconds(outcome.ms).padStart(6)}${outcome.passed ? '' : '  FAILED'}`);
}
