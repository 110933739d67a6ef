// The runtimes the README names, and how scenario.mjs runs on each from a project that has the
// package installed: Node with only the web platform's globals, Bun and Deno as child processes
// that print the report, and workerd as a worker bundled by esbuild and run through miniflare's
// API, answering the report to a request. Bun, Deno and miniflare come from the npm registry
// (install-runtimes.sh); the environment variables it prints say where they are.
import { execFile } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runWebOnly } from '../package/support/web-only-node.js';
import type { ScenarioConfig } from './scenario-servers.js';

export interface Runtime {
  name: string;
  /** The environment variable that says where it is installed; none for the Node running the tests. */
  variable?: string;
  /** Whether `Buffer` and `process` are missing there, so that a client reaching for them fails. */
  withoutNodeGlobals: boolean;
  /** Runs the scenario in `project` and returns its report. */
  run(location: string, project: string, config: ScenarioConfig): Promise<unknown>;
}

export const INSTALL_HINT = 'eval "$(bash test/runtimes/install-runtimes.sh ~/.cache/creditline-runtimes)"';

/** Cloudflare's compatibility date, which pins workerd's behaviour: at most the date of the workerd that install-runtimes.sh installs. */
const COMPATIBILITY_DATE = '2026-07-01';

export const RUNTIMES: Runtime[] = [
  {
    name: 'Node with web globals only',
    withoutNodeGlobals: true,
    run: async (_node, project, config) => parseReport(await runWebOnly(project, writeEntry(project, config))),
  },
  {
    name: 'Bun',
    variable: 'CREDITLINE_BUN',
    withoutNodeGlobals: false,
    run: async (bun, project, config) => parseReport(await runChild(bun, ['--no-install', writeEntry(project, config)], project)),
  },
  {
    name: 'Deno',
    variable: 'CREDITLINE_DENO',
    withoutNodeGlobals: false,
    // Network access to the local servers and nothing else; the package comes from node_modules.
    run: async (deno, project, config) =>
      parseReport(
        await runChild(deno, ['run', '--allow-net=127.0.0.1', '--no-prompt', '--no-lock', writeEntry(project, config)], project, {
          DENO_DIR: path.join(project, '.deno'),
          DENO_NO_UPDATE_CHECK: '1',
        }),
      ),
  },
  { name: 'workerd (miniflare)', variable: 'CREDITLINE_MINIFLARE', withoutNodeGlobals: true, run: runInWorkerd },
];

const copyScenario = (project: string) => copyFileSync(fileURLToPath(new URL('scenario.mjs', import.meta.url)), path.join(project, 'scenario.mjs'));

/** Copies the scenario into the project and writes the script that runs it and prints the report. */
function writeEntry(project: string, config: ScenarioConfig): string {
  copyScenario(project);
  writeFileSync(
    path.join(project, 'run-scenario.mjs'),
    `import { run } from './scenario.mjs';\nconsole.log(JSON.stringify(await run(${JSON.stringify(config)})));\n`,
  );
  return 'run-scenario.mjs';
}

interface ChildResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runChild(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<ChildResult> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr: error && !stderr ? error.message : stderr }),
    );
  });
}

function parseReport({ code, stdout, stderr }: ChildResult): unknown {
  if (code !== 0 || stderr !== '') throw new Error(`the scenario exited with ${code}:\n${stderr}${stdout}`);
  return JSON.parse(stdout);
}

/** The part of miniflare's API the test uses. */
interface MiniflareModule {
  Miniflare: new (options: {
    modules: boolean;
    script: string;
    compatibilityDate: string;
  }) => {
    dispatchFetch(url: string, init: { method: string; body: string }): Promise<Response>;
    dispose(): Promise<void>;
  };
}

/**
 * The worker a Cloudflare user would deploy: the scenario bundled with the installed package for
 * workerd (no nodejs_compat, so no `Buffer`, `process` or `node:` module), run by miniflare.
 * Its `fetch` reaches 127.0.0.1 directly: miniflare's default outbound network allows private
 * addresses, so failures are workerd's own, not a Node proxy's.
 */
async function runInWorkerd(miniflare: string, project: string, config: ScenarioConfig): Promise<unknown> {
  copyScenario(project);
  const { build } = await import('esbuild');
  const bundled = await build({
    stdin: {
      contents: `import { run } from './scenario.mjs';\nexport default { fetch: async (request) => Response.json(await run(await request.json())) };\n`,
      resolveDir: project,
      sourcefile: 'worker.mjs',
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['workerd', 'worker', 'browser'],
    write: false,
    logLevel: 'silent',
  });
  const main = (JSON.parse(readFileSync(path.join(miniflare, 'package.json'), 'utf8')) as { main: string }).main;
  const { Miniflare } = (await import(pathToFileURL(path.join(miniflare, main)).href)) as MiniflareModule;
  const worker = new Miniflare({ modules: true, script: bundled.outputFiles[0]!.text, compatibilityDate: COMPATIBILITY_DATE });
  try {
    const response = await worker.dispatchFetch('http://scenario.local/', { method: 'POST', body: JSON.stringify(config) });
    const text = await response.text();
    if (response.status !== 200) throw new Error(`the worker answered ${response.status}:\n${text}`);
    return JSON.parse(text);
  } finally {
    await worker.dispose();
  }
}
