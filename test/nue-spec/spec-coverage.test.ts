// scripts/spec-coverage.ts end to end on the made-up docs of fixtures/mini-docs: the importer's
// draft plus a hand-written operation for the "credit-stats" style page covers everything
// (exit 0); a spec that lost a property is reported with the docs line (exit 1); a difference
// the spec backs with `x-evidence` is accepted and listed, the same one unmarked is a miss.
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { buildDraft } from '../../scripts/nue-draft/build-draft.js';
import { writeDraft } from '../../scripts/nue-draft/write-draft.js';
import { parseNueReference } from '../../scripts/nue-reference/parse-reference.js';
import { runScript } from './support/run-script.js';

const docs = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/mini-docs');
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

const coverage = () => runScript('scripts/spec-coverage.ts', [docs, path.join(spec, 'openapi.yaml')]);

/**
 * Two differences from the docs, as the curation makes them on public evidence: the cancel
 * body `$ref`s another schema than the docs' CancelWidgetsRequest (as the GraphQL bodies do),
 * and Widget.id is an integer, not a string. `marked` puts `x-evidence` on the referenced
 * schema and on the property. Runs coverage on that spec, then restores it.
 */
function withEvidenceDeviations(marked: boolean): ReturnType<typeof coverage> {
  const evidence = (id: string) => (marked ? { 'x-evidence': { id, sources: ['https://example.com/widgets-guide'] } } : {});
  const schemas = path.join(spec, 'components/schemas/tenants-and-users');
  const operationFile = path.join(spec, 'paths/tenants-and-users/cancelWidgets.yaml');
  const widgetFile = path.join(schemas, 'Widget.yaml');
  const operation = readFileSync(operationFile, 'utf8');
  const widget = readFileSync(widgetFile, 'utf8');
  const byQuery = path.join(schemas, 'CancelWidgetsByQuery.yaml');
  writeFileSync(byQuery, stringify({ type: 'object', ...evidence('W1'), properties: { query: { type: 'string' } } }));
  writeFileSync(operationFile, operation.replace('CancelWidgetsRequest.yaml', 'CancelWidgetsByQuery.yaml'));
  const changed = parse(widget) as { properties: Record<string, unknown> };
  changed.properties.id = { type: 'integer', ...evidence('W2') };
  writeFileSync(widgetFile, stringify(changed));
  try {
    return coverage();
  } finally {
    writeFileSync(operationFile, operation);
    writeFileSync(widgetFile, widget);
    unlinkSync(byQuery);
  }
}

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
    const original = readFileSync(file, 'utf8');
    const widget = parse(original) as { properties: Record<string, unknown> };
    delete widget.properties['Billing Period'];
    writeFileSync(file, stringify(widget));
    try {
      const run = coverage();
      expect(run.stdout).toMatch(/schema properties\s+6 \/ 7\s+85\.7%/);
      expect(run.stdout).toContain('[schema properties] Widget.Billing Period (nue-api-reference.txt:');
      expect(run.status).toBe(1);
    } finally {
      writeFileSync(file, original);
    }
  });

  it('accepts a difference the spec marks x-evidence (on the element or the schema it $refs to) and lists it', () => {
    const run = withEvidenceDeviations(true);
    expect(run.stdout).toMatch(/parameters\s+6 \/ 6\s+100\.0%/);
    expect(run.stdout).toMatch(/schema properties\s+7 \/ 7\s+100\.0%/);
    expect(run.stdout).toContain('2 deviation(s) from the docs accepted on evidence');
    expect(run.stdout).toContain(
      '[parameters] POST /v1/widgets:cancel body body (nue-api-reference.txt:87): expected $ref CancelWidgetsRequest, found #/components/schemas/CancelWidgetsByQuery [W1]',
    );
    expect(run.stdout).toContain('[schema properties] Widget.id (nue-api-reference.txt:128): expected string, found integer [W2]');
    expect(run.stdout).not.toContain('miss(es)');
    expect(run.status).toBe(0);
  });

  it('still counts the same differences without x-evidence as misses', () => {
    const run = withEvidenceDeviations(false);
    expect(run.stdout).toMatch(/parameters\s+5 \/ 6/);
    expect(run.stdout).toMatch(/schema properties\s+6 \/ 7/);
    expect(run.stdout).not.toContain('accepted on evidence');
    expect(run.stdout).toContain('2 miss(es):');
    expect(run.stdout).toContain(
      '[parameters] POST /v1/widgets:cancel body body (nue-api-reference.txt:87): expected $ref CancelWidgetsRequest, found #/components/schemas/CancelWidgetsByQuery',
    );
    expect(run.stdout).toContain('[schema properties] Widget.id (nue-api-reference.txt:128): expected string, found integer');
    expect(run.status).toBe(1);
  });
});
