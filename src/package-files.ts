// Files the package ships beside its code (package.json, dist/openapi/<api>.json). They are found
// from this module's own place, which is src/ when the sources run (tests, tsx) and dist/src/ in
// the installed package: the nearest package.json of creditline above it is the package root.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

export function packageRoot(): string {
  root ??= findPackageRoot(path.dirname(fileURLToPath(import.meta.url)));
  return root;
}

/** The nearest folder at or above `start` whose package.json is creditline's (another package's, e.g. an app bundling creditline, is passed over). */
export function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === 'creditline') return dir;
    if (path.dirname(dir) === dir) throw new Error(`creditline: no package.json of creditline above ${start}`);
  }
}

/** The package's version, from its package.json. */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}
