// The processes that measure creditline run under plain Node, not tsx: esbuild bundles each of
// them (with the bench's own modules and the test data they use) into the run's folder under
// .tmp/, beside its copy of the built package (package-snapshot.ts), leaving every package import
// as it is.
// `creditline/<api>` then resolves like an installed copy does, through package.json's `exports`
// to dist/src/<api>/index.js (a package may import itself by name), and openapi-fetch, axios and
// mitata come from node_modules/. .tmp/ is ignored by git; a folder under node_modules/ would not
// do, as Node gives no package scope there.
import path from 'node:path';
import { build } from 'esbuild';
import { repoRoot } from '../../scripts/openapi/redocly-apis.js';

const ENTRIES = ['calls', 'paging', 'answer-server', 'paging-server'] as const;
export type Worker = (typeof ENTRIES)[number];

export async function buildWorkers(outdir: string): Promise<Record<Worker, string>> {
  await build({
    entryPoints: ENTRIES.map((name) => path.join(repoRoot, 'bench', `${name}.ts`)),
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Listed on their own: esbuild would otherwise follow tsconfig.json's `paths` to src/.
    external: ['creditline', 'creditline/*'],
    packages: 'external',
    logLevel: 'warning',
  });
  return Object.fromEntries(ENTRIES.map((name) => [name, path.join(outdir, `${name}.mjs`)])) as Record<Worker, string>;
}
