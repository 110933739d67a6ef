// Writes the draft's files as YAML. The output folder must not exist or be empty: the importer
// never writes over a curated spec.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import type { Draft } from './build-draft.js';

export function writeDraft(draft: Draft, outFolder: string): void {
  if (existsSync(outFolder) && readdirSync(outFolder).length > 0) {
    throw new Error(`${outFolder} is not empty; the importer only writes into a new or empty folder`);
  }
  for (const [file, content] of draft.files) {
    const target = path.join(outFolder, file);
    mkdirSync(path.dirname(target), { recursive: true });
    // YAML 1.1 output quotes strings that 1.1 parsers would read as dates or booleans ("2023-10-09", "yes").
    writeFileSync(target, stringify(content, { version: '1.1', lineWidth: 0, aliasDuplicateObjects: false }));
  }
}
