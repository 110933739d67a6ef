// One API's spec against an older one, change by change, with Redocly's diff
// (`redocly diff --format json`, rules in diff-rules.yaml): each change is rated by the part of
// the version it needs, `major` for a change that can break a client — a removed operation or
// parameter, a newly required field or parameter, a retyped or removed response field, a removed
// request enum value, a new response enum value, … Redocly knows which way data flows, so the same
// edit can be major in a request and harmless in a response. The specs are compared as split
// files; Redocly resolves their $refs as the bundle does.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runRedocly } from '../openapi/run-redocly.js';

export type Impact = 'major' | 'minor' | 'patch';

export interface SpecChange {
  impact: Impact;
  /** Redocly's rule that rated it (`operation-removed`, `property-removed`, …); none for a plain edit. */
  rule?: string;
  message: string;
  /** JSON pointer into the newer spec (the older one where the thing was removed). */
  pointer: string;
}

interface RedoclyReport {
  changes: Array<{
    path: string;
    kind: string;
    typeName?: string;
    property?: string;
    impact: Impact;
    verdicts?: Array<{ ruleId: string; impact: Impact; message: string }>;
  }>;
}

const rules = fileURLToPath(new URL('diff-rules.yaml', import.meta.url));

/** The changes from `before` to `after` (root files of one API's spec), most severe first. */
export async function compareSpecs(before: string, after: string): Promise<SpecChange[]> {
  const folder = mkdtempSync(path.join(tmpdir(), 'creditline-spec-diff-'));
  try {
    const report = path.join(folder, 'report.json');
    const args = ['diff', before, after, '--config', rules, '--format', 'json', '--output', report, '--fail-on', 'none', '--lint-config', 'off'];
    await runRedocly(args);
    const { changes } = JSON.parse(readFileSync(report, 'utf8')) as RedoclyReport;
    const rank: Record<Impact, number> = { major: 0, minor: 1, patch: 2 };
    return changes
      .flatMap((change): SpecChange[] =>
        change.verdicts?.length
          ? change.verdicts.map((verdict) => ({ impact: verdict.impact, rule: verdict.ruleId, message: verdict.message, pointer: change.path }))
          : [{ impact: change.impact, message: plainEdit(change), pointer: change.path }],
      )
      .sort((a, b) => rank[a.impact] - rank[b.impact]);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function plainEdit(change: RedoclyReport['changes'][number]): string {
  return `${change.typeName ?? 'value'} ${change.kind}${change.property ? ` (${change.property})` : ''}`;
}
