// What a browser app pays for each vendor's client, measured on the built package: the bundler of
// `npm run size` (scripts/bundle-size/measure.ts: esbuild for the browser, minified, gzip -9)
// over dist/src/<api>/index.js (the run's copy of it) rather than the TypeScript sources. The
// two agree within a few bytes; the budgets are scripts/check-size.ts's, which does not export
// them.
import path from 'node:path';
import { type EntrySize, measureEntry } from '../../scripts/bundle-size/measure.js';

/** min+gzip budgets in bytes (1 kB = 1000 bytes), as in scripts/check-size.ts. */
const BUDGETS = { xovi: 5_000, maileon: 5_000, nue: 9_000 } as const;

export interface BundleSize extends EntrySize {
  budget: number;
}

/** `packageFolder`: the run's copy of the package (package-snapshot.ts). */
export async function measureBundleSizes(packageFolder: string): Promise<BundleSize[]> {
  const sizes: BundleSize[] = [];
  for (const [api, budget] of Object.entries(BUDGETS)) {
    sizes.push({ ...(await measureEntry(`creditline/${api}`, path.join(packageFolder, 'dist', 'src', api, 'index.js'))), budget });
  }
  return sizes;
}
