// `creditline drift`: the reports a validated client collected, summarised by the command as a
// user runs it — with a checkout's spec/ folder, and from the bundled specs alone.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDriftCollector, withValidation } from 'creditline/validate';
import { describe, expect, it, onTestFinished } from 'vitest';
import { repoRoot } from '../../scripts/repo-root.js';
import { CUSTOMER, clients, useDriftingApis } from '../validate/drifting-apis.js';
import { CHILD_TIMEOUT_MS, creditline } from './run-creditline.js';

async function reportsFile(): Promise<string> {
  const server = await useDriftingApis();
  const collector = createDriftCollector();
  const { nue } = clients(server);
  withValidation(nue, 'nue', { responses: 'report', onDrift: collector.onDrift });
  await nue.listAccountCreditPools({ customerId: CUSTOMER }).toArray({ max: 10 });
  const folder = mkdtempSync(path.join(tmpdir(), 'creditline-drift-'));
  onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
  const file = path.join(folder, 'drift.jsonl');
  writeFileSync(file, collector.toJsonLines());
  return file;
}

describe('creditline drift', { timeout: CHILD_TIMEOUT_MS }, () => {
  it('names the spec file and property to change, with --spec, as text and as JSON', async () => {
    const file = await reportsFile();
    const [text, json] = await Promise.all([
      creditline(['drift', file, '--spec', path.join(repoRoot, 'spec')]),
      creditline(['drift', file, '--json', '--spec', path.join(repoRoot, 'spec')]),
    ]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('spec/nue/components/schemas/revenue-manager/AccountCreditPool.yaml');
    expect(json.code).toBe(0);
    const summary = JSON.parse(json.stdout) as { edits: Array<{ file: string; property: string; source: string }> };
    expect(summary.edits[0]).toMatchObject({
      file: 'spec/nue/components/schemas/revenue-manager/AccountCreditPool.yaml',
      property: 'balance',
      source: 'inferred',
    });
  });

  it('without a spec folder, names the place in the bundled spec; a missing file is a usage error', async () => {
    const file = await reportsFile();
    const bundled = await creditline(['drift', file, '--json']);
    expect(bundled.code).toBe(0);
    expect((JSON.parse(bundled.stdout) as { edits: Array<{ file: string }> }).edits[0]?.file).toBe('openapi/nue.json');
    const missing = await creditline(['drift', path.join(path.dirname(file), 'nope.jsonl')]);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toContain('cannot read');
    expect(await creditline(['drift'])).toMatchObject({ code: 2 });
  });
});
