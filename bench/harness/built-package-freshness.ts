// The benchmark measures dist/, so dist/ must be what the sources build to now: every source has
// its compiled file, and none was changed after the oldest of them was written (`npm run compile`
// writes them all). A stale dist/ is rebuilt, or refused with --no-build.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../scripts/openapi/redocly-apis.js';
import { runNpmScript } from './npm-script.js';

/** The compiled folders, each named as its source folder; the tsconfigs change every file too. */
export const COMPILED_FOLDERS = ['src', 'generated'];
const CONFIGS = ['tsconfig.json', 'tsconfig.build.json'];

/** Why `dist` (or a copy of it) is not the build of the sources as they are now, or undefined when it is. */
export function whyStale(dist = 'dist'): string | undefined {
  let oldestOutput = { file: '', mtimeMs: Number.POSITIVE_INFINITY };
  let newestSource = { file: '', mtimeMs: 0 };
  for (const sourceFolder of COMPILED_FOLDERS) {
    for (const source of filesUnder(sourceFolder).filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))) {
      const output = path.join(dist, `${source.slice(0, -'.ts'.length)}.js`);
      if (!existsSync(path.join(repoRoot, output))) return `${output} is missing`;
      if (mtimeOf(output) < oldestOutput.mtimeMs) oldestOutput = { file: output, mtimeMs: mtimeOf(output) };
      if (mtimeOf(source) > newestSource.mtimeMs) newestSource = { file: source, mtimeMs: mtimeOf(source) };
    }
  }
  for (const config of CONFIGS) if (mtimeOf(config) > newestSource.mtimeMs) newestSource = { file: config, mtimeMs: mtimeOf(config) };
  return newestSource.mtimeMs > oldestOutput.mtimeMs ? `${newestSource.file} is newer than ${oldestOutput.file}` : undefined;
}

/** Makes sure dist/ is fresh: compiles it when it is stale, or throws when it may not. */
export async function ensureBuiltPackage(mayBuild: boolean): Promise<void> {
  const reason = whyStale();
  if (reason === undefined) return;
  if (!mayBuild) throw new Error(`dist/ is stale (${reason}): run \`npm run compile\`, or leave out --no-build`);
  console.error(`dist/ is stale (${reason}): npm run compile`);
  const run = await runNpmScript('compile');
  if (run.code !== 0) throw new Error(`npm run compile failed (exit ${run.code}); the benchmark measures the built package:\n${run.tail}`);
  const still = whyStale();
  // Someone edited a source while it compiled: what is measured is the build of a moment before.
  if (still) console.error(`warning: ${still} (edited during the build); measuring dist/ as built`);
}

function filesUnder(folder: string): string[] {
  return readdirSync(path.join(repoRoot, folder), { recursive: true, encoding: 'utf8' }).map((file) => path.join(folder, file));
}

function mtimeOf(file: string): number {
  return statSync(path.join(repoRoot, file)).mtimeMs;
}
