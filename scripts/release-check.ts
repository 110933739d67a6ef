// `npm run release:check [-- --repo <folder>]` (CI): fails when the specs break against the last
// release (the newest `v*` tag HEAD contains) and nothing makes the next release a major one —
// no changeset asking for `major`, no major version already set in package.json. Before the
// first release there is nothing to break, and it passes. See spec-diff/release.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './repo-root.js';
import { breakingChanges, diffAgainstRef, formatDiffs } from './spec-diff/diff-against-ref.js';
import { lastRelease, majorOf, pendingBumps } from './spec-diff/release.js';

const args = process.argv.slice(2);
const repository = args.includes('--repo') ? args[args.indexOf('--repo') + 1]! : repoRoot;
const manifest = JSON.parse(readFileSync(path.join(repository, 'package.json'), 'utf8')) as { name: string; version: string };

const release = lastRelease(repository);
if (!release) {
  console.log('release:check: no release yet (no v* tag in the history of HEAD), so no change can break one.');
} else {
  const diffs = await diffAgainstRef(repository, release.tag);
  console.log(formatDiffs(diffs, release.tag));
  const breaking = breakingChanges(diffs);
  const majorChangesets = pendingBumps(repository, manifest.name).filter(({ bump }) => bump === 'major');
  const majorVersion = majorOf(manifest.version) > majorOf(release.version);
  if (breaking.length === 0) {
    console.log(`release:check: nothing breaks against ${release.tag}.`);
  } else if (majorChangesets.length > 0 || majorVersion) {
    const why = majorVersion ? `package.json is at ${manifest.version}` : `${majorChangesets.map(({ file }) => file).join(', ')} asks for a major release`;
    console.log(`release:check: ${breaking.length} breaking change(s) against ${release.tag}, and ${why}.`);
  } else {
    console.error(
      `release:check: ${breaking.length} breaking change(s) against ${release.tag} without a major release planned.\n` +
        'Either undo them, or add a changeset that says so: `npx changeset`, choose "major", and describe what breaks for users.',
    );
    process.exitCode = 1;
  }
}
