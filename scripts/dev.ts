// `npm run dev`: watches the spec and redocly.yaml and, on every save, rebuilds what the saved
// files belong to: the types in generated/ first (exactly as `npm run generate` writes them, with
// the operations added, removed and retyped), then the bundle in dist/openapi, the lint findings
// and the HTML page in docs/ (see dev/dev-loop.ts). Ctrl-C stops it.
//   npm run dev [-- --root <folder>] [--no-docs]
// `--root` runs it on a copy of the repository's spec/ and redocly.yaml (the tests do).
import path from 'node:path';
import { startDevLoop } from './dev/dev-loop.js';

const args = process.argv.slice(2);
const rootIndex = args.indexOf('--root');
const root = rootIndex === -1 ? undefined : args[rootIndex + 1];
if (rootIndex !== -1 && !root) {
  console.error('usage: npm run dev [-- --root <folder>] [--no-docs]');
  process.exit(2);
}

// The signal handlers go in before the loop starts: "watching" is printed inside startDevLoop, and a
// Ctrl-C that came between that line and a later `process.on` would kill the process outright
// (the kernel's default action), leaving no "dev: stopped" and no clean exit.
let stopping = false;
let looping: ReturnType<typeof startDevLoop> | undefined;
const stop = () => {
  if (stopping) return;
  stopping = true;
  void looping?.then((loop) => loop.close()).then(() => console.log('dev: stopped'));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
looping = startDevLoop({ ...(root ? { root: path.resolve(root) } : {}), docs: !args.includes('--no-docs') });
await looping;
