// Runs the pinned Redocly CLI from node_modules, quietly and without telemetry, from the repo
// root (or the copy of it given as `cwd`) so that it always reads that redocly.yaml. Only the HTML
// docs need the CLI (`build-docs`); lint and bundle run in this process (redocly.ts).
import { execFile, spawnSync } from 'node:child_process';
import { setPriority } from 'node:os';
import path from 'node:path';
import { repoRoot } from './redocly-apis.js';

const redoclyBin = path.join(repoRoot, 'node_modules', '.bin', 'redocly');
const quiet = { REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };

export function runRedocly(args: string[]): void {
  const result = spawnSync(redoclyBin, args, {
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, ...quiet },
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error(`redocly ${args.join(' ')} exited with ${result.status}`);
  }
}

/**
 * `runRedocly` without blocking, so that several run at once; rejects with the CLI's output.
 * `signal` ends the CLI process (`npm run dev` stopping while a page is being built); `nice`
 * lowers its CPU priority (`npm run dev`: the next save's types come before this page).
 */
export function runRedoclyAsync(
  args: string[],
  { cwd = repoRoot, signal, nice = 0 }: { cwd?: string; signal?: AbortSignal; nice?: number } = {},
): Promise<void> {
  return new Promise((resolve, reject) => {
    const options = { cwd, encoding: 'utf8' as const, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...quiet }, ...(signal ? { signal } : {}) };
    const child = execFile(redoclyBin, args, options, (error, stdout, stderr) => {
      if (error) reject(new Error(`redocly ${args.join(' ')} failed: ${error.message}\n${stdout}${stderr}`));
      else resolve();
    });
    if (nice !== 0 && child.pid !== undefined) {
      try {
        setPriority(child.pid, nice);
      } catch {
        // Not allowed here: the page is built at the usual priority.
      }
    }
  });
}
