// Runs the pinned Spectral CLI from node_modules over bundled specs with the repository's
// ruleset (.spectral.yaml) and returns its findings. Asynchronous, so that `npm run build` can
// let it run beside its other steps.
import { execFile } from 'node:child_process';
import { setPriority } from 'node:os';
import path from 'node:path';
import { repoRoot } from './redocly-apis.js';

const spectralBin = path.join(repoRoot, 'node_modules', '.bin', 'spectral');

/** One finding of `spectral lint -f json`. */
interface SpectralFinding {
  code: string;
  message: string;
  /** 0 error, 1 warning, 2 information, 3 hint. */
  severity: number;
  /** The JSON path of the node in the document. */
  path: (string | number)[];
  source: string;
  range: { start: { line: number } };
}

function runSpectral(files: string[], nice: number): Promise<SpectralFinding[]> {
  const args = ['lint', '--ruleset', path.join(repoRoot, '.spectral.yaml'), '--format', 'json', '--quiet', ...files];
  return new Promise((resolve, reject) => {
    // Spectral exits 1 when it finds errors; the JSON report is what counts.
    const child = execFile(spectralBin, args, { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      try {
        resolve(JSON.parse(stdout) as SpectralFinding[]);
      } catch {
        reject(new Error(`spectral lint exited with ${error?.code ?? 0} without a JSON report\n${stdout}${stderr}`));
      }
    });
    try {
      if (nice !== 0 && child.pid !== undefined) setPriority(child.pid, nice);
    } catch {
      // Already gone, or not allowed: it runs at the usual priority.
    }
  });
}

/**
 * `npm run lint:spectral`'s check: the counts of each bundle and its errors, as lines; `passed`
 * is false on any error (warnings are Redocly's job, `npm run lint:spec`). `nice` lowers
 * Spectral's CPU priority (`npm run build` runs it beside steps it waits for longer).
 */
export async function spectralReport(apis: { name: string; file: string }[], { nice = 0 } = {}): Promise<{ lines: string[]; passed: boolean }> {
  const findings = await runSpectral(
    apis.map((api) => api.file),
    nice,
  );
  const lines: string[] = [];
  let errors = 0;
  for (const api of apis) {
    const own = findings.filter((finding) => path.resolve(finding.source) === api.file);
    const apiErrors = own.filter((finding) => finding.severity === 0);
    lines.push(`${api.name}: ${apiErrors.length} errors, ${own.filter((finding) => finding.severity === 1).length} warnings (spectral:oas)`);
    for (const finding of apiErrors) {
      lines.push(`  ${path.relative(repoRoot, api.file)}:${finding.range.start.line + 1} ${finding.code}: ${finding.message} (${finding.path.join('.')})`);
    }
    errors += apiErrors.length;
  }
  if (errors > 0) lines.push('lint:spectral: fix the spec (and record the decision in its CURATION.md)');
  return { lines, passed: errors === 0 };
}
