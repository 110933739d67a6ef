// Where and on what a run was made, for the page: figures from another machine, Node or
// dependency version are not comparable. The load average at the start shows whether something
// else was using the CPU (a mutation run, a build): then every figure is noisy.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../scripts/openapi/redocly-apis.js';

/** The packages whose versions change the figures. */
const PACKAGES = ['openapi-fetch', 'axios', 'mitata', 'typescript', 'esbuild'];

export interface Machine {
  cpu: string;
  node: string;
  os: string;
  /** 1, 5 and 15 minutes, when the run started. */
  loadAtStart: number[];
  cores: number;
  packages: string;
  source: string;
}

export function describeMachine(): Machine {
  const all = cpus();
  return {
    cpu: `${all.length}× ${all[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB`,
    cores: all.length,
    node: `Node ${process.version}`,
    os: `${platform()} ${release()}`,
    loadAtStart: loadavg(),
    packages: PACKAGES.map((name) => `${name} ${versionOf(path.join('node_modules', name))}`).join(', '),
    source: `creditline ${versionOf('.')} at ${commit()}`,
  };
}

/** A load average above half the cores: something else was running. */
export function wasBusy(machine: Machine): boolean {
  return machine.loadAtStart[0]! > machine.cores / 2;
}

function versionOf(folder: string): string {
  return (JSON.parse(readFileSync(path.join(repoRoot, folder, 'package.json'), 'utf8')) as { version: string }).version;
}

function commit(): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' }).trim();
    const changed = git('status', '--porcelain', '--untracked-files=no', '--', 'src', 'generated') !== '';
    return `commit ${git('rev-parse', '--short', 'HEAD')}${changed ? ', with uncommitted changes in src/ or generated/' : ''}`;
  } catch {
    return 'no git commit';
  }
}
