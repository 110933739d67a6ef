// The other Nodes for the in-memory table, the ones CI tests on besides this machine's: the `node`
// package of the npm registry (the binary alone, as CI gets Node 22 and 24), installed once into
// .tmp/nodes/<major>/ and reused by later runs.
// Node 20 pays about 2 µs for every `new AbortController()`, more with its garbage (signals made transferable
// when created; Node 22 made that lazy), which is a per-attempt cost of any client with an attempt
// timeout: the same calls on a newer Node show what creditline itself adds.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../scripts/openapi/redocly-apis.js';

export const OTHER_NODE_MAJORS = [22, 24] as const;

/** The path of a Node `major` binary, installed from the npm registry if it is not there yet. */
export function otherNodeBinary(major: number): string {
  const folder = path.join(repoRoot, '.tmp', 'nodes', String(major));
  const binary = path.join(folder, 'node_modules', 'node', 'bin', 'node');
  if (existsSync(binary)) return binary;
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, 'package.json'), '{ "private": true }\n');
  console.error(`installing Node ${major} from the npm registry into ${path.relative(repoRoot, folder)}`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', `node@${major}`], { cwd: folder, stdio: ['ignore', 'ignore', 'inherit'] });
  if (!existsSync(binary)) throw new Error(`npm install node@${major} left no ${binary}`);
  return binary;
}
