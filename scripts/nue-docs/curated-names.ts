// Reads the operationIds of an existing split spec, keyed by `METHOD path`, so that the
// importer gives known operations their curated names (and file names) and its draft diffs
// cleanly against the curated spec.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export function readCuratedNames(specFolder: string): Map<string, string> {
  const names = new Map<string, string>();
  const rootFile = path.join(specFolder, 'openapi.yaml');
  if (!existsSync(rootFile)) return names;
  const root = parse(readFileSync(rootFile, 'utf8')) as { paths?: Record<string, Record<string, { $ref?: string; operationId?: string }>> };
  for (const [route, item] of Object.entries(root.paths ?? {})) {
    for (const [method, operation] of Object.entries(item)) {
      const file = operation.$ref ? path.join(specFolder, operation.$ref) : undefined;
      const loaded = file && existsSync(file) ? (parse(readFileSync(file, 'utf8')) as { operationId?: string }) : operation;
      if (loaded.operationId) names.set(`${method.toUpperCase()} ${route}`, loaded.operationId);
    }
  }
  return names;
}
