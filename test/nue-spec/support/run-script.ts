// Runs a command of scripts/ as npm does (tsx, from the repo root), for the tests that check a
// command end to end: its exit status and what it printed.
import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '../../../scripts/repo-root.js';

const tsxBin = path.join(repoRoot, 'node_modules', '.bin', 'tsx');

export function runScript(script: string, args: string[]): SpawnSyncReturns<string> {
  return spawnSync(tsxBin, [script, ...args], { cwd: repoRoot, encoding: 'utf8' });
}
