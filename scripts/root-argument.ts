// `--root <folder>` of the commands that can work on a copy of the repository's spec/ and
// redocly.yaml instead of the repository itself (the tests run them on scratch copies).
import path from 'node:path';
import { repoRoot } from './repo-root.js';

/** The folder after `--root`, absolute; the repository when there is none. Exits 2 on `--root` without a folder. */
export function rootArgument(command: string, args = process.argv.slice(2)): string {
  const index = args.indexOf('--root');
  if (index === -1) return repoRoot;
  const folder = args[index + 1];
  if (!folder || folder.startsWith('--')) {
    console.error(`usage: npm run ${command} -- --root <folder>`);
    process.exit(2);
  }
  return path.resolve(folder);
}
