// Which file of a spec's sources holds a place of the bundled spec. A split spec (Nue) has one
// file per operation, `paths/<area>/<operationId>.yaml`, and per component,
// `components/<kind>/<area>/<Name>.yaml` (spec/STYLE.md); a single-file spec (XOVI, Maileon) has
// `openapi.yaml`, whose structure the bundle keeps. Without the sources (an installed package)
// the place stays in the bundled spec the package ships, `openapi/<api>.json`.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { atPointer, escapeSegment, type Json, pointerSegments, type SpecDocument } from '../validate/spec/spec-document.js';

export interface SpecPlace {
  /** The file, relative to the spec root's parent (`spec/nue/…`), or `openapi/<api>.json` when the sources are not at hand. */
  file: string;
  /** JSON pointer inside that file. */
  at: string;
}

export type SpecFileFinder = (api: string, document: SpecDocument, specPointer: string) => SpecPlace;

export function specFileFinder(specRoot: string | undefined): SpecFileFinder {
  const listings = new Map<string, string[]>();
  /** The spec's files of one API, relative to its folder; none when there are no sources. */
  const filesOf = (api: string): string[] => {
    let files = listings.get(api);
    if (!files) {
      const folder = specRoot === undefined ? undefined : path.join(specRoot, api);
      files = folder && existsSync(folder) ? readdirSync(folder, { recursive: true, encoding: 'utf8' }).map((file) => file.split(path.sep).join('/')) : [];
      listings.set(api, files);
    }
    return files;
  };
  const shown = (api: string, file: string) =>
    path
      .relative(path.dirname(specRoot!), path.join(specRoot!, api, file))
      .split(path.sep)
      .join('/');
  return (api, document, specPointer) => {
    const files = filesOf(api);
    const [top, group, name, ...rest] = pointerSegments(specPointer);
    const under = (folder: string, base: string) => files.find((file) => file.startsWith(`${folder}/`) && file.endsWith(`/${base}.yaml`));
    if (top === 'paths' && group !== undefined && name !== undefined) {
      const operationId = (atPointer(document, `/paths/${escapeSegment(group)}/${escapeSegment(name)}`) as Json | undefined)?.operationId;
      const file = typeof operationId === 'string' ? under('paths', operationId) : undefined;
      if (file) return { file: shown(api, file), at: toPointer(rest) };
    }
    if (top === 'components' && group !== undefined && name !== undefined) {
      const file = under(`components/${group}`, name);
      if (file) return { file: shown(api, file), at: toPointer(rest) };
    }
    if (files.includes('openapi.yaml')) return { file: shown(api, 'openapi.yaml'), at: specPointer };
    return { file: `openapi/${api}.json`, at: specPointer };
  };
}

function toPointer(segments: string[]): string {
  return segments.map((segment) => `/${escapeSegment(segment)}`).join('');
}
