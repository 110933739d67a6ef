// Runs the pinned Spectral CLI from node_modules over bundled specs with the ruleset of a
// repository folder (.spectral.yaml: `spectral:oas`) and sums up its findings per API.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '../repo-root.js';

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
}

function runSpectral(files: string[], root: string): Promise<SpectralFinding[]> {
  const args = ['lint', '--ruleset', path.join(root, '.spectral.yaml'), '--format', 'json', '--quiet', ...files];
  return new Promise((resolve, reject) => {
    // Spectral exits 1 when it finds errors; the JSON report is what counts.
    execFile(spectralBin, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      try {
        resolve(JSON.parse(stdout) as SpectralFinding[]);
      } catch {
        reject(new Error(`spectral lint exited with ${error?.code ?? 0} without a JSON report\n${stdout}${stderr}`));
      }
    });
  });
}

/**
 * Spectral over the bundles (`file` per API), with `root`'s .spectral.yaml: a count line per API
 * and a line per error; `passed` is false on any error (warnings are left to Redocly's stricter
 * lint of the sources).
 */
export async function spectralReport(apis: { name: string; file: string }[], root = repoRoot): Promise<{ lines: string[]; passed: boolean }> {
  const findings = await runSpectral(
    apis.map((api) => api.file),
    root,
  );
  const lines: string[] = [];
  let errors = 0;
  for (const api of apis) {
    const own = findings.filter((finding) => path.resolve(root, finding.source) === path.resolve(api.file));
    const apiErrors = own.filter((finding) => finding.severity === 0);
    lines.push(
      `${api.name}: ${apiErrors.length} errors, ${own.filter((finding) => finding.severity === 1).length} warnings (Spectral, spectral:oas, on the bundle)`,
    );
    for (const finding of apiErrors) lines.push(`  ${finding.code}: ${finding.message} (at ${finding.path.join('.')})`);
    errors += apiErrors.length;
  }
  return { lines, passed: errors === 0 };
}
