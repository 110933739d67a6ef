// The measuring processes run a copy of dist/ taken once, when the run starts: other work on this
// machine may rebuild dist/ (`npm run compile` empties it first) while a run takes minutes, and a
// run must measure one build from start to end. The copy sits in a folder of its own under .tmp/
// (one per run, removed after it) beside the package's package.json, so that the measuring processes built into the same folder (worker-build.ts)
// import `creditline/<api>` by name and get the copy's dist/src/<api>/index.js through `exports`,
// as an installed package resolves; openapi-fetch and the other packages still come from the
// repository's node_modules/, found by walking up.
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../scripts/openapi/redocly-apis.js';
import { COMPILED_FOLDERS, whyStale } from './built-package-freshness.js';

/** Copies dist/ and package.json into a new folder under .tmp/ and returns the folder. */
export function snapshotBuiltPackage(): string {
  mkdirSync(path.join(repoRoot, '.tmp'), { recursive: true });
  const folder = mkdtempSync(path.join(repoRoot, '.tmp', 'bench-'));
  for (const compiled of COMPILED_FOLDERS) {
    cpSync(path.join(repoRoot, 'dist', compiled), path.join(folder, 'dist', compiled), { recursive: true, preserveTimestamps: true });
  }
  copyFileSync(path.join(repoRoot, 'package.json'), path.join(folder, 'package.json'));
  const problem = whyStale(path.relative(repoRoot, path.join(folder, 'dist')));
  if (problem) {
    rmSync(folder, { recursive: true, force: true });
    throw new Error(`the copy of dist/ is not a whole, fresh build (${problem}): was dist/ rebuilt while it was copied? Run again`);
  }
  return folder;
}
