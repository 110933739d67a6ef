// After `compile`: every entry of package.json "exports" resolves by the package's own name
// (as an installed copy would) and exposes its factory; types files exist next to them.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './lib/apis.js';

interface ExportTarget {
  types: string;
  default: string;
}

const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { name: string; exports: Record<string, ExportTarget> };
const expectedExport: Record<string, string> = { '.': 'paginate', './nue': 'createNueClient', './xovi': 'createXoviClient', './maileon': 'createMaileonClient' };

let failures = 0;
for (const [subpath, target] of Object.entries(manifest.exports)) {
  const specifier = subpath === '.' ? manifest.name : `${manifest.name}/${subpath.slice(2)}`;
  for (const file of [target.types, target.default]) {
    if (!existsSync(path.join(repoRoot, file))) {
      console.error(`${specifier}: ${file} is missing`);
      failures++;
    }
  }
  const module = (await import(specifier)) as Record<string, unknown>;
  const name = expectedExport[subpath];
  if (name && typeof module[name] !== 'function') {
    console.error(`${specifier}: no exported function ${name}`);
    failures++;
  } else {
    console.log(`${specifier} → ${target.default} (${Object.keys(module).length} exports)`);
  }
}
if (failures > 0) process.exit(1);
