// `npm run dev [-- --root <folder>]`: `npm run generate` on every save while you edit the spec.
// It brings every API's files up to date once, then watches the spec folders and redocly.yaml;
// after a save it regenerates the API the saved file belongs to (all of them after a change to
// redocly.yaml or .redocly.lint-ignore.yaml) through generate/generate-api.ts, types first, and
// prints the files that changed and how long after the save they were on disk. A burst of saves
// (an editor writing several files, a git checkout) counts once. A save that breaks the spec is
// printed and leaves the files as they were; the next good save carries on. Ctrl-C stops it.
// `--root` runs it on a copy of the repository's spec/ and redocly.yaml (the tests do).
//
// chokidar watches, not fs.watch(folder, { recursive: true }): on Linux, Node 20 gives that one
// watch per file, and loses a file for good once an editor saves it by writing a new file and
// renaming it over the old one (vim, "safe write"); test/dev/dev.test.ts saves that way.
import path from 'node:path';
import { watch } from 'chokidar';
import { generateApi } from './generate/generate-api.js';
import { apiRootFile, loadRedoclyProject } from './openapi/redocly.js';
import type { ApiEntry } from './openapi/redocly-apis.js';
import { rootArgument } from './root-argument.js';

const root = rootArgument('dev');
const configFiles = ['redocly.yaml', '.redocly.lint-ignore.yaml'].map((file) => path.join(root, file));
/** How long the files must stay quiet before the saves so far are handled together. */
const burstMs = 50;

let project = await loadRedoclyProject(root);
const folderOf = (api: ApiEntry) => path.dirname(apiRootFile(project, api));

/** Regenerates `apis`, printing what changed `since` the first save (or, at the start, only what was behind). */
async function regenerate(apis: ApiEntry[], since?: number): Promise<void> {
  for (const api of apis) {
    try {
      const { changed, warnings } = await generateApi(project, api);
      for (const warning of warnings) console.log(`${api.name}: ${warning}`);
      if (since !== undefined) {
        const after = `${((performance.now() - since) / 1000).toFixed(2)} s after the save`;
        console.log(`${api.name}: ${changed.length > 0 ? `wrote ${changed.join(', ')}` : 'no file changed'}, ${after}`);
      } else if (changed.length > 0) console.log(`${api.name}: was behind the spec: wrote ${changed.join(', ')}`);
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).replaceAll(`${root}${path.sep}`, '');
      console.log(`${api.name}: ${message}\n${api.name}: files left as they were`);
    }
  }
}

await regenerate(project.apis);

const saved = new Set<string>();
let firstSaveAt: number | undefined;
let quiet: NodeJS.Timeout | undefined;
/** The regenerations, one after another: a burst that comes during one waits for it. */
let work = Promise.resolve();

async function handleBurst(): Promise<void> {
  const files = [...saved];
  const since = firstSaveAt;
  saved.clear();
  firstSaveAt = undefined;
  if (files.length === 0 || since === undefined) return;
  console.log(`saved ${files.map((file) => path.relative(root, file)).join(', ')}`);
  if (files.some((file) => configFiles.includes(file))) {
    try {
      project = await loadRedoclyProject(root);
    } catch (error) {
      console.log(`redocly.yaml: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    return regenerate(project.apis, since);
  }
  const owner = (api: ApiEntry) => files.some((file) => file.startsWith(folderOf(api) + path.sep));
  return regenerate(project.apis.filter(owner), since);
}

const folders = [...new Set(project.apis.map(folderOf))];
const watcher = watch([...folders, ...configFiles], { ignoreInitial: true });
watcher.on('all', (_event, file) => {
  if (!/\.(ya?ml|json)$/.test(file)) return;
  saved.add(path.resolve(file));
  firstSaveAt ??= performance.now();
  clearTimeout(quiet);
  quiet = setTimeout(() => {
    work = work.then(handleBurst).catch((error: unknown) => console.log(`dev: ${error instanceof Error ? error.message : String(error)}`));
  }, burstMs);
});
watcher.on('error', (error) => console.log(`dev: watching: ${error instanceof Error ? error.message : String(error)}`));
watcher.on('ready', () => {
  const shown = [...folders, ...configFiles].map((file) => path.relative(root, file));
  console.log(`watching ${shown.join(', ')} in ${root}; Ctrl-C stops`);
});

const stop = async () => {
  clearTimeout(quiet);
  await watcher.close();
  await work;
  console.log('dev: stopped');
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
