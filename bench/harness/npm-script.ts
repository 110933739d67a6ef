// Runs `npm run <script>` in the repository and times it, its output kept for a failure's report.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { repoRoot } from '../../scripts/openapi/redocly-apis.js';

export interface ScriptRun {
  ms: number;
  code: number | null;
  /** The last lines it printed (stdout and stderr). */
  tail: string;
}

export async function runNpmScript(script: string, args: string[] = []): Promise<ScriptRun> {
  const started = performance.now();
  const child = spawn('npm', ['run', script, ...(args.length ? ['--', ...args] : [])], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const [code] = (await once(child, 'close')) as [number | null];
  return { ms: performance.now() - started, code, tail: output.trimEnd().split('\n').slice(-15).join('\n') };
}
