// Runs the pinned Redocly CLI from node_modules, quietly and without telemetry, from the repo
// root so that it always reads redocly.yaml.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './redocly-apis.js';

const redoclyBin = path.join(repoRoot, 'node_modules', '.bin', 'redocly');

export function runRedocly(args: string[]): void {
  const result = runRedoclyCapture(args);
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error(`redocly ${args.join(' ')} exited with ${result.status}`);
  }
}

/** Runs Redocly and returns its output whatever the exit status (lint exits 1 on errors). */
export function runRedoclyCapture(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(redoclyBin, args, {
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
