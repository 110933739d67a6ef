// A copy of what the spec commands read and write (spec/, redocly.yaml, the lint rules and
// ignores, package.json, generated/, the calls files) in a temporary folder: for running
// `npm run dev` and `npm run spec:lint` with `--root` without touching the repository's spec.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../scripts/repo-root.js';

const copied = [
  'spec',
  'redocly.yaml',
  '.redocly.lint-ignore.yaml',
  '.spectral.yaml',
  'package.json',
  'generated',
  'test/nue-spec/calls-every-operation.ts',
  'test/docs/calls-every-operation',
];

export interface ScratchRoot {
  root: string;
  remove(): void;
}

export function scratchRoot(): ScratchRoot {
  const root = mkdtempSync(path.join(tmpdir(), 'creditline-scratch-'));
  for (const entry of copied) cpSync(path.join(repoRoot, entry), path.join(root, entry), { recursive: true });
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
