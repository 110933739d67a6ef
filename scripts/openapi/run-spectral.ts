// Runs the pinned Spectral CLI from node_modules over bundled specs with the repository's
// ruleset (.spectral.yaml) and returns its findings.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './redocly-apis.js';

const spectralBin = path.join(repoRoot, 'node_modules', '.bin', 'spectral');

/** One finding of `spectral lint -f json`. */
export interface SpectralFinding {
  code: string;
  message: string;
  /** 0 error, 1 warning, 2 information, 3 hint. */
  severity: number;
  /** The JSON path of the node in the document. */
  path: (string | number)[];
  source: string;
  range: { start: { line: number } };
}

export function runSpectral(files: string[]): SpectralFinding[] {
  const result = spawnSync(spectralBin, ['lint', '--ruleset', path.join(repoRoot, '.spectral.yaml'), '--format', 'json', '--quiet', ...files], {
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  try {
    return JSON.parse(result.stdout) as SpectralFinding[];
  } catch {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error(`spectral lint exited with ${result.status} without a JSON report`);
  }
}
