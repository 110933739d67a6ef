// What type-checking a call to every Nue operation costs a user: tsc over
// test/nue-spec/calls-every-operation.ts alone (bench/tsconfig.nue-calls.json), its
// `creditline/nue` resolved like an installed package's, to the declarations in dist/.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { repoRoot } from '../../scripts/openapi/redocly-apis.js';

export const TYPE_CHECK_CONFIG = 'bench/tsconfig.nue-calls.json';

export interface TypeCheckRun {
  checkSeconds: number;
  totalSeconds: number;
  memoryKiB: number;
}

export async function typeCheckNueCalls(): Promise<TypeCheckRun> {
  const tsc = path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
  const child = spawn(process.execPath, [tsc, '-p', TYPE_CHECK_CONFIG, '--extendedDiagnostics'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  const [code] = (await once(child, 'close')) as [number | null];
  if (code !== 0) throw new Error(`tsc -p ${TYPE_CHECK_CONFIG} failed (exit ${code}):\n${output.slice(-3000)}`);
  return { checkSeconds: diagnostic(output, 'Check time'), totalSeconds: diagnostic(output, 'Total time'), memoryKiB: diagnostic(output, 'Memory used') };
}

/** A line of --extendedDiagnostics, e.g. `Check time:   1.51s` or `Memory used:  129363K`. */
function diagnostic(output: string, name: string): number {
  const value = new RegExp(`^${name}:\\s+([\\d.]+)[sK]$`, 'm').exec(output)?.[1];
  if (value === undefined) throw new Error(`tsc --extendedDiagnostics printed no "${name}"`);
  return Number(value);
}
