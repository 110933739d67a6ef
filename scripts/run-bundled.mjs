// Runs one of this repository's TypeScript scripts under plain Node: `node scripts/run-bundled.mjs
// scripts/build.ts [args…]`. esbuild bundles the script and the repository's modules it imports
// into one file under node_modules/.cache/ (about 0.1 s) and leaves every package as an import, so
// that the packages load natively. Under tsx, each of their imports passes through tsx's loader
// hooks: `npm run build`'s imports (Redocly, openapi-typescript, the TypeScript compiler) took
// about 2 s of CPU more that way, on a build that is CPU-bound on two cores. The other scripts
// run under tsx as usual; this is for the build's two longest-lived processes.
// Each module keeps its own `import.meta.url` (the scripts find the repository from it). The
// bundle carries an inline source map: with NODE_OPTIONS=--enable-source-maps, stack traces point
// at the TypeScript sources (not on by default: reading the map costs the build about 0.5 s).
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error('usage: node scripts/run-bundled.mjs <script.ts> [args…]');
  process.exit(2);
}
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cacheDir = path.join(repoRoot, 'node_modules', '.cache', 'creditline-scripts');
// One file per process, so that builds side by side do not overwrite each other's.
const bundled = path.join(cacheDir, `${path.basename(script, '.ts')}.${process.pid}.mjs`);

/** Replaces `import.meta.url` in each TypeScript module with that module's own URL. */
const ownImportMetaUrl = {
  name: 'own-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (file) => ({
      contents: readFileSync(file.path, 'utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(file.path).href)),
      loader: 'ts',
    }));
  },
};

mkdirSync(cacheDir, { recursive: true });
await build({
  entryPoints: [path.resolve(script)],
  outfile: bundled,
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: `node${process.versions.node.split('.')[0]}`,
  sourcemap: 'inline',
  logLevel: 'warning',
  plugins: [ownImportMetaUrl],
});
process.on('exit', () => rmSync(bundled, { force: true }));
// The script reads its arguments where it would under tsx: process.argv[2] onwards.
process.argv = [process.argv[0], path.resolve(script), ...args];
await import(pathToFileURL(bundled).href);
