// The operationIds an existing split spec already gives, keyed by `METHOD path`, so that the
// importer gives known operations their curated names (and file names) and its draft diffs
// cleanly against the curated spec. Read through the same bundle and operation walk as every
// other spec tool; a folder without an openapi.yaml (a first import) has no names yet.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { bundleSpec } from '../openapi/bundle-spec.js';
import { listOperations } from '../openapi/operations.js';

/** `METHOD path` → curated operationId, so that a rerun names files as the curated spec does. */
export type CuratedNames = Map<string, string>;

export function readCuratedNames(specFolder: string): CuratedNames {
  const rootFile = path.join(specFolder, 'openapi.yaml');
  if (!existsSync(rootFile)) return new Map();
  const operations = listOperations(bundleSpec(rootFile));
  return new Map(operations.flatMap((o) => (o.operationId ? [[`${o.method.toUpperCase()} ${o.path}`, o.operationId] as const] : [])));
}
