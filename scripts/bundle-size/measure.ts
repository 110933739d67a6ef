// What a browser app pays for one entry point: the entry bundled with everything it imports
// (openapi-fetch included) by esbuild for the browser, minified, then gzipped. Whole entry
// points, not single functions: the figure is the most an import of that entry can cost.
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export interface EntrySize {
  /** The import name, e.g. `creditline/nue`. */
  entry: string;
  minified: number;
  /** min+gzip, in bytes. */
  gzipped: number;
}

export async function measureEntry(entry: string, sourceFile: string): Promise<EntrySize> {
  const result = await build({
    entryPoints: [sourceFile],
    absWorkingDir: path.dirname(sourceFile),
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  return { entry, minified: code.byteLength, gzipped: gzipSync(code, { level: 9 }).byteLength };
}

/** Bytes as kB (1 kB = 1000 bytes), one decimal. */
export function kB(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}
