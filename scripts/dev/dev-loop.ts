// `npm run dev`: the spec, its types and its docs kept in step while you edit. Watches the spec
// folders and redocly.yaml of a root folder (this repository, or a copy of it: `root`); after a
// burst of saves settles (`debounceMs`) it works out which APIs the saved files belong to and,
// for each, in this order:
//   1. bundles it (Redocly's library, openapi/redocly.ts) and writes generated/<api>.ts and
//      .validation.ts exactly as `npm run generate` does (openapi/generate-types.ts), then prints
//      which operations were added, removed or retyped (type-changes.ts);
//   2. writes the bundle to dist/openapi, as `npm run generate` does;
//   3. lints it with redocly.yaml's rules and prints the findings;
//   4. rebuilds its HTML page in docs/ (a Redocly CLI process, in the background: the next save
//      does not wait for it).
// The types come first, so that they are on disk as soon as possible (about a second for a Nue
// operation); lint and docs follow, unless a newer save of the same API is already waiting (its
// own round does them). A save that breaks the spec (YAML that does not parse, a
// `$ref` to nothing) is reported and changes nothing; the next good save carries on. An API's
// files are those its last bundle read, and anything under its root file's folder; a change to
// redocly.yaml or .redocly.lint-ignore.yaml reloads the config and redoes every API.
import { readFileSync, watch } from 'node:fs';
import path from 'node:path';
import { writeDocs } from '../html-docs/build-pages.js';
import { writeBundleFiles } from '../openapi/bundle-apis.js';
import type { OpenApiDocument } from '../openapi/document.js';
import { writeGeneratedFiles } from '../openapi/generate-types.js';
import { apiRootFile, BundleError, bundleSpecText, formatFinding, type LintTotals, lintApi, lintSummary, loadRedoclyProject } from '../openapi/redocly.js';
import { type ApiEntry, repoRoot } from '../openapi/redocly-apis.js';
import { describeTypeChanges, type TypeChanges, typeChanges } from './type-changes.js';
import { watchTree } from './watch-tree.js';

/** What the loop reports, besides the lines it prints. */
export type DevEvent =
  | { type: 'ready' }
  /** generated/<api>.ts is on disk (`changed`: its text changed), `ms` after the first save of the burst. */
  | { type: 'types'; api: string; changed: boolean; changes: TypeChanges; ms: number }
  /** The API could not be bundled (YAML error, broken `$ref`, config error); nothing was written. */
  | { type: 'failed'; api: string; message: string }
  | { type: 'lint'; api: string; totals: LintTotals }
  | { type: 'docs'; api: string; file: string }
  | { type: 'docs-failed'; api: string; message: string };

export interface DevLoopOptions {
  /** The folder with redocly.yaml, spec/ and generated/; this repository by default. */
  root?: string;
  /** Rebuild the HTML docs too (default true). */
  docs?: boolean;
  /** How long the files must stay quiet before a rebuild (default 50 ms). */
  debounceMs?: number;
  /** Where lines go (default console.log). */
  log?: (line: string) => void;
  onEvent?: (event: DevEvent) => void;
}

export interface DevLoop {
  /** Resolves once every save seen so far has been handled, docs included. */
  idle(): Promise<void>;
  /** Stops watching, ends a docs build under way, and resolves when nothing is left running. */
  close(): Promise<void>;
}

const configFiles = ['redocly.yaml', '.redocly.lint-ignore.yaml'];
const specFile = /\.(ya?ml|json)$/;
const noChanges: TypeChanges = { added: [], removed: [], retyped: [], components: [], usingChangedComponents: 0 };

interface ApiState {
  /** The files the last good bundle read. */
  files: Set<string>;
  /** generated/<api>.ts as last written (or as found at start). */
  types: string;
  bundle?: OpenApiDocument;
  docs?: Promise<void>;
  docsAgain?: boolean;
}

export async function startDevLoop(options: DevLoopOptions = {}): Promise<DevLoop> {
  const root = path.resolve(options.root ?? repoRoot);
  const log = options.log ?? ((line: string) => console.log(line));
  const emit = options.onEvent ?? (() => {});
  const debounceMs = options.debounceMs ?? 50;
  const docsEnabled = options.docs ?? true;
  const stopDocs = new AbortController();
  const shown = (file: string) => path.relative(root, file) || file;

  let project = await loadRedoclyProject(root);
  const states = new Map<string, ApiState>();
  const stateOf = (api: ApiEntry): ApiState => {
    let state = states.get(api.name);
    if (!state) {
      state = { files: new Set(), types: readText(path.join(root, api.typesOutput)) };
      states.set(api.name, state);
    }
    return state;
  };
  const owns = (api: ApiEntry, file: string) => stateOf(api).files.has(file) || file.startsWith(path.dirname(apiRootFile(project, api)) + path.sep);

  /**
   * Bundles an API and writes its generated files; reports the types `since` the first save of
   * the burst. Returns the bundle, or nothing when the spec is broken (reported; nothing written).
   */
  async function buildTypes(api: ApiEntry, since?: number): Promise<{ json: string; document: OpenApiDocument } | undefined> {
    const state = stateOf(api);
    const failed = (step: string, error: unknown) => {
      const message = problemText(error, root);
      log(`${api.name}: ${step}${message}\n${api.name}: ${api.typesOutput} left as it was`);
      emit({ type: 'failed', api: api.name, message });
      return undefined;
    };
    let bundled: Awaited<ReturnType<typeof bundleSpecText>>;
    try {
      bundled = await bundleSpecText(project, apiRootFile(project, api));
    } catch (error) {
      return failed('', error);
    }
    state.files = new Set(bundled.files);
    for (const warning of bundled.warnings) log(`${api.name}: ${warning}`);
    const document = JSON.parse(bundled.json) as OpenApiDocument;
    state.bundle = document;
    const before = state.types;
    try {
      await writeGeneratedFiles(root, api, document, (types) => {
        const ms = since === undefined ? 0 : performance.now() - since;
        const changed = types !== before;
        state.types = types;
        const changes = changed ? typeChanges(before, types) : noChanges;
        if (since !== undefined) {
          log(`${api.name}: ${api.typesOutput} ${changed ? 'written' : 'unchanged'}, ${(ms / 1000).toFixed(2)} s after the save`);
        } else if (changed) {
          log(`${api.name}: ${api.typesOutput} was behind the spec: written`);
        }
        if (changed) for (const line of describeTypeChanges(changes)) log(`${api.name}:   ${line}`);
        if (since !== undefined) emit({ type: 'types', api: api.name, changed, changes, ms });
      });
    } catch (error) {
      // openapi-typescript refuses some specs that Redocly bundles (two operations with one operationId).
      return failed('generate: ', error);
    }
    return { json: bundled.json, document };
  }

  // At the start every API is bundled (which files are whose) and its types made, written only
  // where generated/ is behind the spec; that also warms up openapi-typescript for the first save.
  for (const api of project.apis) await buildTypes(api);

  const pending = new Set<string>();
  let firstSaveAt: number | undefined;
  let timer: NodeJS.Timeout | undefined;
  let work: Promise<void> = Promise.resolve();
  let closed = false;

  const saw = (file: string) => {
    if (closed) return;
    pending.add(file);
    firstSaveAt ??= performance.now();
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      const files = [...pending];
      const since = firstSaveAt!;
      pending.clear();
      firstSaveAt = undefined;
      queued.add(files);
      work = work
        .then(() => {
          queued.delete(files);
          return rebuild(files, since);
        })
        .catch((error: unknown) => log(`dev: ${problemText(error, root)}`));
    }, debounceMs);
  };
  /** Saves waiting for the rounds before them to end. */
  const queued = new Set<string[]>();
  /** A newer save of the API is waiting: its own round will lint and document it. */
  const superseded = (api: ApiEntry) => closed || [...pending, ...[...queued].flat()].some((file) => isConfig(file) || owns(api, file));
  const isConfig = (file: string) => configFiles.includes(path.relative(root, file));

  // The top folders of the APIs' root files (spec/), every level (watch-tree.ts); the root folder
  // itself only for redocly.yaml, the lint-ignore file and a root file that lies there. A folder
  // that a changed redocly.yaml adds is watched from the next start on.
  const folders = [...new Set(project.apis.flatMap((api) => (/[\\/]/.test(api.root) ? [api.root.split(/[\\/]/)[0]!] : [])))];
  const watchers: { close(): void }[] = [
    ...folders.map((folder) =>
      watchTree(path.join(root, folder), (file) => {
        if (specFile.test(file)) saw(file);
      }),
    ),
    watch(root, (_event, name) => {
      if (name && (configFiles.includes(name) || project.apis.some((api) => api.root === name))) saw(path.join(root, name));
    }),
  ];

  async function rebuild(files: string[], since: number): Promise<void> {
    if (closed) return;
    const config = files.filter(isConfig);
    if (config.length > 0) {
      try {
        project = await loadRedoclyProject(root);
      } catch (error) {
        log(`${config.map(shown).join(', ')}: ${problemText(error, root)}`);
        return;
      }
      for (const api of project.apis) await rebuildApi(api, config, since);
      return;
    }
    for (const api of project.apis) {
      const own = files.filter((file) => owns(api, file));
      if (own.length > 0) await rebuildApi(api, own, since);
    }
  }

  async function rebuildApi(api: ApiEntry, files: string[], since: number): Promise<void> {
    if (closed) return;
    log(`${api.name}: ${files.map(shown).join(', ')} saved`);
    const bundled = await buildTypes(api, since);
    if (!bundled || superseded(api)) return;
    writeBundleFiles(api.name, bundled.json, bundled.document, path.join(root, 'dist', 'openapi'));
    try {
      const result = await lintApi(project, api);
      log(lintSummary(result));
      for (const finding of result.findings) log(`  ${formatFinding(finding)}`);
      emit({ type: 'lint', api: api.name, totals: result.totals });
    } catch (error) {
      log(`${api.name}: lint: ${problemText(error, root)}`);
    }
    if (docsEnabled && !superseded(api)) rebuildDocs(api.name);
  }

  /** One page build per API at a time, below the types' CPU priority; saves during it queue one more. */
  function rebuildDocs(api: string): void {
    const state = states.get(api)!;
    if (state.docs) {
      state.docsAgain = true;
      return;
    }
    state.docs = (async () => {
      do {
        state.docsAgain = false;
        const bundles = new Map(project.apis.flatMap((a) => (states.get(a.name)?.bundle ? [[a.name, states.get(a.name)!.bundle!] as const] : [])));
        const started = performance.now();
        try {
          const [, file] = await writeDocs({ root, outputDir: path.join(root, 'docs'), bundles, pages: [api], signal: stopDocs.signal, nice: 10 });
          log(`${api}: ${shown(file!)} written (${((performance.now() - started) / 1000).toFixed(1)} s)`);
          emit({ type: 'docs', api, file: file! });
        } catch (error) {
          if (closed) return;
          log(`${api}: docs: ${problemText(error, root)}`);
          emit({ type: 'docs-failed', api, message: problemText(error, root) });
        }
      } while (state.docsAgain && !closed);
    })().finally(() => {
      state.docs = undefined;
    });
  }

  const docsRunning = () => [...states.values()].flatMap((state) => (state.docs ? [state.docs] : []));

  log(`watching ${[...folders, ...configFiles].join(', ')} in ${root} (${project.apis.map((api) => api.name).join(', ')}); Ctrl-C stops`);
  emit({ type: 'ready' });

  return {
    async idle() {
      for (;;) {
        const current = work;
        await Promise.all([current, ...docsRunning()]);
        if (timer === undefined && pending.size === 0 && work === current && docsRunning().length === 0) return;
        await new Promise((resolve) => setTimeout(resolve, debounceMs));
      }
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
      stopDocs.abort();
      await Promise.allSettled([work, ...docsRunning()]);
    },
  };
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** An error as one or a few short lines, with paths relative to the root. */
function problemText(error: unknown, root: string): string {
  if (error instanceof BundleError) return error.message.replaceAll(`${root}${path.sep}`, '');
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n').slice(0, 8).join('\n').replaceAll(`${root}${path.sep}`, '');
}
