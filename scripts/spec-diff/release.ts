// What "the last release" and "a major changeset" mean for `npm run release:check`.
//   - The last release is the newest tag `v<version>` that HEAD contains: the tag `changeset
//     publish` sets on the commit it published from. No such tag: nothing has been released.
//   - A release is major when a changeset in .changeset/ says `"<package>": major`, or when
//     package.json's version already has a higher major than the last release (after
//     `changeset version`, which deletes the changesets it applied).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { git } from './specs-at-ref.js';

export type Bump = 'major' | 'minor' | 'patch';

export interface Release {
  tag: string;
  version: string;
}

export function lastRelease(repository: string): Release | undefined {
  const [tag] = git(repository, ['tag', '--merged', 'HEAD', '--list', 'v[0-9]*', '--sort=-v:refname']).split('\n').filter(Boolean);
  return tag ? { tag, version: tag.slice(1) } : undefined;
}

/** The bumps the pending changesets ask for this package, one per changeset file that names it. */
export function pendingBumps(repository: string, packageName: string): Array<{ file: string; bump: Bump }> {
  const folder = path.join(repository, '.changeset');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((file) => file.endsWith('.md') && file !== 'README.md')
    .sort()
    .flatMap((file) => {
      const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path.join(folder, file), 'utf8'))?.[1] ?? '';
      return front.split(/\r?\n/).flatMap((line) => {
        const match = /^\s*(["']?)([^"':]+)\1\s*:\s*(major|minor|patch)\s*$/.exec(line);
        return match && match[2] === packageName ? [{ file: `.changeset/${file}`, bump: match[3] as Bump }] : [];
      });
    });
}

export function majorOf(version: string): number {
  const major = Number(/^(\d+)\./.exec(version)?.[1]);
  if (!Number.isInteger(major)) throw new Error(`not a semver version: ${version}`);
  return major;
}
