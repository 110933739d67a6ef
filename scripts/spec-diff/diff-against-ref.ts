// Every API's spec in a work tree against the same API at a git ref; an API that is gone counts as
// a breaking change, a new one as an addition.
import path from 'node:path';
import { readApis } from '../openapi/redocly-apis.js';
import { compareSpecs, type SpecChange } from './compare-specs.js';
import { specsAtRef } from './specs-at-ref.js';

export interface ApiDiff {
  api: string;
  changes: SpecChange[];
}

export async function diffAgainstRef(repository: string, ref: string): Promise<ApiDiff[]> {
  const old = specsAtRef(repository, ref);
  try {
    const now = readApis(repository);
    const names = [...new Set([...old.apis.map((api) => api.name), ...now.map((api) => api.name)])];
    return await Promise.all(
      names.map(async (name): Promise<ApiDiff> => {
        const before = old.apis.find((api) => api.name === name);
        const after = now.find((api) => api.name === name);
        if (!after) return { api: name, changes: [{ impact: 'major', rule: 'api-removed', message: `The API ${name} was removed.`, pointer: '#' }] };
        if (!before) return { api: name, changes: [{ impact: 'minor', rule: 'api-added', message: `The API ${name} was added.`, pointer: '#' }] };
        return { api: name, changes: await compareSpecs(path.join(old.root, before.root), path.join(repository, after.root)) };
      }),
    );
  } finally {
    old.remove();
  }
}

export const breakingChanges = (diffs: ApiDiff[]) =>
  diffs.flatMap(({ api, changes }) => changes.filter((c) => c.impact === 'major').map((c) => ({ api, ...c })));

/** One block per API: its counts, then the breaking changes one a line (with `all`, every change). */
export function formatDiffs(diffs: ApiDiff[], ref: string, all = false): string {
  const label: Record<SpecChange['impact'], string> = { major: 'BREAKING', minor: 'addition', patch: 'other   ' };
  return diffs
    .map(({ api, changes }) => {
      const count = (impact: SpecChange['impact']) => changes.filter((c) => c.impact === impact).length;
      const head = `${api} against ${ref}: ${count('major')} breaking, ${count('minor')} additions, ${count('patch')} other changes`;
      const lines = changes
        .filter((c) => all || c.impact === 'major')
        .map((c) => `  ${label[c.impact]} ${c.rule ? `[${c.rule}] ` : ''}${c.message} (${c.pointer})`);
      return [head, ...lines].join('\n');
    })
    .join('\n');
}
