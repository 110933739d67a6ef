// The specs as they were at a git ref: `redocly.yaml` and `spec/` of that commit, written into a
// temporary folder, with the API list of that commit's redocly.yaml.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type ApiEntry, readApis } from '../openapi/redocly-apis.js';

export interface SpecsAtRef {
  /** The folder that stands for the repository at `ref`. */
  root: string;
  apis: ApiEntry[];
  remove(): void;
}

export function specsAtRef(repository: string, ref: string): SpecsAtRef {
  let commit: string;
  try {
    commit = git(repository, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).trim();
  } catch {
    throw new Error(`${ref} is not a commit of the repository in ${repository}`);
  }
  const root = mkdtempSync(path.join(tmpdir(), 'creditline-specs-at-ref-'));
  const remove = () => rmSync(root, { recursive: true, force: true });
  try {
    const archive = execFileSync('git', ['archive', '--format=tar', commit, '--', 'redocly.yaml', 'spec'], { cwd: repository, maxBuffer: 512 * 1024 * 1024 });
    execFileSync('tar', ['-x', '-C', root], { input: archive });
    return { root, apis: readApis(root), remove };
  } catch (error) {
    remove();
    throw error;
  }
}

export function git(repository: string, args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: repository, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const { stderr, status } = error as { stderr?: string; status?: number };
    throw new Error(`git ${args.join(' ')} failed (${status ?? '?'}) in ${repository}: ${stderr?.trim() || 'no output'}`);
  }
}
