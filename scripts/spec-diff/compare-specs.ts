// One API's spec against an older one, change by change, with Redocly's diff
// (`redocly diff --format json`, rules in diff-rules.yaml): each change is rated by the part of
// the version it needs, `major` for a change that can break a client — a removed operation or
// parameter, a newly required field or parameter, a narrowed parameter or field, a retyped or
// removed response field, a removed request enum value, a new response enum value, … Redocly knows
// which way data flows, so the same edit can be major in a request and harmless in a response.
// Both specs are bundled first (the same document the split files make) with their parameters
// keyed by identity (keyed-parameters.ts: Redocly's own pairing took a reworded parameter for a
// removed one), and a parameter that switched between `schema` and `content` is breaking
// (parameter-changes.ts).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle, createConfig, getTotals } from '@redocly/openapi-core';
import type { OpenApiDocument } from '../openapi/document.js';
import { runRedocly } from '../openapi/run-redocly.js';
import { isKeyedParameterPointer, withKeyedParameters } from './keyed-parameters.js';
import { encodingChanges, parameterNamer } from './parameter-changes.js';

export type Impact = 'major' | 'minor' | 'patch';

export interface SpecChange {
  impact: Impact;
  /** The rule that rated it: Redocly's (`operation-removed`, `property-removed`, …) or ours (`parameter-encoding-changed`); none for a plain edit. */
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
  const [older, newer] = await Promise.all([bundled(before), bundled(after)]);
  const folder = mkdtempSync(path.join(tmpdir(), 'creditline-spec-diff-'));
  try {
    const [beforeFile, afterFile, report] = ['before.json', 'after.json', 'report.json'].map((name) => path.join(folder, name)) as [string, string, string];
    writeFileSync(beforeFile, JSON.stringify(withKeyedParameters(older)));
    writeFileSync(afterFile, JSON.stringify(withKeyedParameters(newer)));
    const args = ['diff', beforeFile, afterFile, '--config', rules, '--format', 'json', '--output', report, '--fail-on', 'none', '--lint-config', 'off'];
    await runRedocly(args);
    const { changes } = JSON.parse(readFileSync(report, 'utf8')) as RedoclyReport;
    const rank: Record<Impact, number> = { major: 0, minor: 1, patch: 2 };
    const named = parameterNamer(newer);
    return [
      ...changes
        .filter((change) => !isKeyedParameterPointer(change.path))
        .flatMap((change): SpecChange[] =>
          change.verdicts?.length
            ? change.verdicts.map((verdict) => ({ impact: verdict.impact, rule: verdict.ruleId, message: verdict.message, pointer: change.path }))
            : [{ impact: change.impact, message: plainEdit(change), pointer: change.path }],
        ),
      ...encodingChanges(older, newer),
    ]
      .map(named)
      .sort((a, b) => rank[a.impact] - rank[b.impact]);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The spec of a root file as one document, as Redocly's bundler makes it (with no config of the project: only its $refs matter). */
async function bundled(rootFile: string): Promise<OpenApiDocument> {
  const { bundle: result, problems } = await bundle({ ref: rootFile, config: await createConfig({}) });
  if (getTotals(problems).errors > 0) throw new Error(`bundling ${rootFile} failed: ${problems.map((problem) => problem.message).join('; ')}`);
  return result.parsed as OpenApiDocument;
}

function plainEdit(change: RedoclyReport['changes'][number]): string {
  return `${change.typeName ?? 'value'} ${change.kind}${change.property ? ` (${change.property})` : ''}`;
}
