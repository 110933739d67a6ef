// The proof that a measuring process runs the built package: where `creditline/<api>` resolved
// (the copy of dist/ that package-snapshot.ts made).
import { fileURLToPath } from 'node:url';

/** The file `creditline/<api>` resolves to; throws unless it is dist/src/<api>/index.js. */
export function builtEntryOf(api: 'xovi' | 'maileon' | 'nue'): string {
  const file = fileURLToPath(import.meta.resolve(`creditline/${api}`));
  const expected = `/dist/src/${api}/index.js`;
  if (!file.replaceAll('\\', '/').endsWith(expected)) throw new Error(`creditline/${api} resolved to ${file}, not to the built package (${expected})`);
  return file;
}
