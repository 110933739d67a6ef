// `npm run spec:diff -- <git-ref> [--all] [--repo <folder>]`: every bundled API's spec in the work
// tree against the same spec at <git-ref>, each change rated major (breaking), minor (addition)
// or patch (see spec-diff/compare-specs.ts); the breaking ones are listed, `--all` lists every
// change. Exits 1 when a change is breaking, 2 on a usage error.
import { repoRoot } from './repo-root.js';
import { breakingChanges, diffAgainstRef, formatDiffs } from './spec-diff/diff-against-ref.js';

const args = process.argv.slice(2);
const repoAt = args.indexOf('--repo');
const repository = repoAt >= 0 ? args[repoAt + 1] : repoRoot;
const ref = args.find((arg, i) => !arg.startsWith('--') && (repoAt < 0 || i !== repoAt + 1));
if (!ref || !repository) {
  console.error('usage: npm run spec:diff -- <git-ref> [--all] [--repo <folder>]');
  process.exit(2);
}

const diffs = await diffAgainstRef(repository, ref).catch((error: Error) => {
  console.error(`spec:diff: ${error.message}`);
  process.exit(2);
});
console.log(formatDiffs(diffs, ref, args.includes('--all')));
const breaking = breakingChanges(diffs);
if (breaking.length > 0) {
  console.error(`\n${breaking.length} breaking change(s) against ${ref}: the next release is a major one.`);
  process.exitCode = 1;
}
