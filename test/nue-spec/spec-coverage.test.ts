// scripts/spec-coverage.ts end to end on the made-up docs of fixtures/mini-docs: the importer's
// draft plus a hand-written operation for the "credit-stats" style page covers everything
// (exit 0); a spec that lost a property is reported with the docs line (exit 1).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { buildDraft } from '../../scripts/nue-docs/draft/build-draft.js';
import { writeDraft } from '../../scripts/nue-docs/draft/write-draft.js';
import { parseNueReference } from '../../scripts/nue-docs/parse-reference.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const docs = path.join(here, 'fixtures/mini-docs');
const folder = mkdtempSync(path.join(tmpdir(), 'nue-coverage-'));
const spec = path.join(folder, 'spec');

writeDraft(buildDraft(parseNueReference(docs)), spec);
// The one page the importer does not read, written by hand as in spec/nue.
const root = parse(readFileSync(path.join(spec, 'openapi.yaml'), 'utf8')) as { paths: Record<string, unknown> };
root.paths['/tenants/{tenantId}/widget-count'] = {
  get: {
    operationId: 'getTenantWidgetCount',
    parameters: [
      { name: 'tenantId', in: 'path', required: true, schema: { type: 'string' } },
      { name: 'colorIds', in: 'query', required: true, schema: { type: 'string' } },
    ],
    responses: { '200': { description: 'Successfully counted widgets.' }, '400': { description: 'Bad request: missing colorIds.' } },
  },
};
writeFileSync(path.join(spec, 'openapi.yaml'), stringify(root));

const coverage = () => spawnSync(path.join(repoRoot, 'node_modules', '.bin', 'tsx'), ['scripts/spec-coverage.ts', docs, path.join(spec, 'openapi.yaml')], { cwd: repoRoot, encoding: 'utf8' });

describe('spec coverage', () => {
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('counts every category and exits 0 when the spec has everything', () => {
    const run = coverage();
    expect(run.stdout).toMatch(/operations\s+3 \/ 3\s+100\.0%/);
    expect(run.stdout).toMatch(/parameters\s+6 \/ 6\s+100\.0%/);
    expect(run.stdout).toMatch(/response codes\s+6 \/ 6\s+100\.0%/);
    expect(run.stdout).toMatch(/schemas\s+2 \/ 2\s+100\.0%/);
    expect(run.stdout).toMatch(/schema properties\s+7 \/ 7\s+100\.0%/);
    expect(run.status).toBe(0);
  });

  it('counts a property whose required flag or enum differs from the docs as a miss', () => {
    const file = path.join(spec, 'components/schemas/tenants-and-users/Widget.yaml');
    const original = readFileSync(file, 'utf8');
    const widget = parse(original) as { required: string[]; properties: Record<string, { enum?: string[] }> };
    widget.required = [];
    widget.properties['Billing Period']!.enum = ['Month', 'Weekly'];
    writeFileSync(file, stringify(widget));
    try {
      const run = coverage();
      expect(run.stdout).toMatch(/schema properties\s+5 \/ 7/);
      expect(run.stdout).toContain('Widget.id (nue-api-reference.txt:128): required in the docs, optional in the spec');
      expect(run.stdout).toContain('Widget.Billing Period (nue-api-reference.txt:');
      expect(run.stdout).toContain('enum differs from the docs; missing Annual; not in the docs Weekly');
      expect(run.status).toBe(1);
    } finally {
      writeFileSync(file, original);
    }
  });

  it('lists a miss with its docs line and exits 1', () => {
    const file = path.join(spec, 'components/schemas/tenants-and-users/Widget.yaml');
    const widget = parse(readFileSync(file, 'utf8')) as { properties: Record<string, unknown> };
    delete widget.properties['Billing Period'];
    writeFileSync(file, stringify(widget));
    const run = coverage();
    expect(run.stdout).toMatch(/schema properties\s+6 \/ 7\s+85\.7%/);
    expect(run.stdout).toContain('[schema properties] Widget.Billing Period (nue-api-reference.txt:');
    expect(run.status).toBe(1);
  });
});
