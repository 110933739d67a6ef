// Runs the pinned Redocly CLI from node_modules, quietly and without telemetry, from the repo
// root so that it always reads its redocly.yaml. Lint and bundle run in-process through
// Redocly's library (redocly.ts); the CLI is for what only it carries: the HTML pages
// (`build-docs`, Redoc rendered with React) and `redocly diff`.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '../repo-root.js';

const redoclyBin = path.join(repoRoot, 'node_modules', '.bin', 'redocly');
const quiet = { REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', REDOCLY_SUPPRESS_NOTIFICATIONS: 'true' };

/** Resolves when the CLI exits 0; rejects with its output otherwise. */
export function runRedocly(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(redoclyBin, args, { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...quiet } }, (error, stdout, stderr) => {
      if (error) reject(new Error(`redocly ${args.slice(0, 3).join(' ')} failed: ${error.message}\n${stdout}${stderr}`));
      else resolve();
    });
  });
}
