// Node with only what a browser or a worker also has, for code loaded from files: a child
// `node` whose preload hides Node's own globals (process, Buffer, global, setImmediate,
// clearImmediate: `undefined` there, as in a browser), gives it the web's timers (numbers, no
// Timeout object with unref()), and refuses every import of a Node built-in module (`node:fs`,
// `fs`, …). Node's own internals still see the real globals: its fetch (undici) is written
// against them, so they are hidden by who asks (the caller's file, from the stack), not deleted.
// What runs there runs unchanged in Deno, Bun, browsers and workers, as far as the globals and
// modules it reaches for go.
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

/** The globals Node has and the web platform does not. */
export const NODE_ONLY_GLOBALS = ['process', 'Buffer', 'global', 'setImmediate', 'clearImmediate'] as const;

const PRELOAD = `
import { register } from 'node:module';
register('./deny-builtins.mjs', import.meta.url);

/** Whether the code that reads a global is a file (the package, its dependencies, the script), not Node itself. */
function readByFileCode() {
  const { prepareStackTrace, stackTraceLimit } = Error;
  Error.prepareStackTrace = (_, frames) => frames;
  Error.stackTraceLimit = 3;
  const frames = new Error().stack;
  Error.prepareStackTrace = prepareStackTrace;
  Error.stackTraceLimit = stackTraceLimit;
  // frames[0] is this function, frames[1] the getter, frames[2] whoever read the global.
  return String(frames[2]?.getFileName() ?? '').startsWith('file:');
}

function hide(name, forFiles) {
  const real = globalThis[name];
  Object.defineProperty(globalThis, name, {
    configurable: true,
    enumerable: false,
    get: () => (readByFileCode() ? forFiles : real),
    set: () => { throw new Error('web-only run: ' + name + ' cannot be replaced'); },
  });
}

for (const name of ${JSON.stringify(NODE_ONLY_GLOBALS)}) hide(name, undefined);

// The web's timers return numbers; Node's return objects with unref(), which the web lacks.
for (const [set, clear] of [['setTimeout', 'clearTimeout'], ['setInterval', 'clearInterval']]) {
  const nodeSet = globalThis[set];
  const nodeClear = globalThis[clear];
  const timers = new Map();
  let next = 1;
  hide(set, (callback, ms, ...args) => {
    const id = next++;
    timers.set(id, nodeSet((...a) => { if (set === 'setTimeout') timers.delete(id); callback(...a); }, ms, ...args));
    return id;
  });
  hide(clear, (id) => { nodeClear(timers.get(id)); timers.delete(id); });
}
`;

const DENY_BUILTINS = `
import { isBuiltin } from 'node:module';
export async function resolve(specifier, context, nextResolve) {
  if (isBuiltin(specifier)) throw new Error('web-only run: ' + specifier + ' is a Node built-in (imported by ' + context.parentURL + ')');
  return nextResolve(specifier, context);
}
`;

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Writes the preload into `folder` and runs `script` (a file in `folder`) there with it. */
export function runWebOnly(folder: string, script: string): Promise<RunResult> {
  writeFileSync(path.join(folder, 'web-globals.mjs'), PRELOAD);
  writeFileSync(path.join(folder, 'deny-builtins.mjs'), DENY_BUILTINS);
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', './web-globals.mjs', script], { cwd: folder, encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}
