// A copy of what `npm run dev` reads and writes (spec/, redocly.yaml, the lint-ignore file,
// package.json for the docs index, generated/), in a temporary folder: for running the dev loop
// without touching the repository's spec (test/dev/, bench/spec-loop.ts).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '../openapi/redocly-apis.js';

const copied = ['spec', 'redocly.yaml', '.redocly.lint-ignore.yaml', 'package.json', 'generated'];

export interface ScratchRoot {
  root: string;
  remove(): void;
}

export function scratchRoot(): ScratchRoot {
  const root = mkdtempSync(path.join(tmpdir(), 'creditline-dev-'));
  for (const entry of copied) cpSync(path.join(repoRoot, entry), path.join(root, entry), { recursive: true });
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
