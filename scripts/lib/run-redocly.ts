// Runs the pinned Redocly CLI from node_modules, quietly and without telemetry.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './apis.js';

const redoclyBin = path.join(repoRoot, 'node_modules', '.bin', 'redocly');

export function runRedocly(args: string[]): void {
  const result = spawnSync(redoclyBin, args, {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error(`redocly ${args.join(' ')} exited with ${result.status ?? result.signal}`);
  }
}
