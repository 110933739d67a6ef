// From collected reports to spec edits: the same difference from several places and files is one
// edit with its count summed, in the file that says it (a Nue operation or schema file, the one
// file of XOVI or Maileon), inferred parts first; `npm run spec:drift` prints them.
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createDriftCollector, withValidation } from 'creditline/validate';
import { describe, expect, it, onTestFinished } from 'vitest';
import { repoRoot } from '../../scripts/repo-root.js';
import { renderDriftSummary } from '../../src/drift/render.js';
import { summarizeDrift } from '../../src/drift/summarize.js';
import { CUSTOMER, clients, useDriftingApis } from './drifting-apis.js';

const specRoot = path.join(repoRoot, 'spec');

/** The JSON Lines of one collector that saw every drifting answer once, and the credit pools twice. */
async function collectedLines(): Promise<string> {
  const server = await useDriftingApis();
  const collector = createDriftCollector();
  const validate = { responses: 'report', onDrift: collector.onDrift } as const;
  const { xovi, maileon, nue } = clients(server);
  await withValidation(xovi, 'xovi', validate).getCreditState();
  await withValidation(maileon, 'maileon', validate).listContingents({ nlAccountId: 7 }).toArray({ max: 10 });
  withValidation(nue, 'nue', validate);
  for (let i = 0; i < 2; i++) await nue.listAccountCreditPools({ customerId: CUSTOMER }).toArray({ max: 10 });
  await nue.GET('/customers/{customerId}/credit-stats', { params: { path: { customerId: CUSTOMER }, query: { accountPoolIds: ['p'] } } });
  await nue.GET('/customers/{customerId}/credit-flows', { params: { path: { customerId: CUSTOMER } }, creditline: { throwOnError: false } });
  return collector.toJsonLines();
}

describe('summarizeDrift', () => {
  it('proposes an edit in the right file for each kind of drift, inferred parts first', async () => {
    const lines = await collectedLines();
    // A second file with the pools' drift (count 2) again sums into the same edit; a stray line is skipped.
    const poolsLine = lines.split('\n').find((line) => line.includes('/data/*/balance'))!;
    const summary = await summarizeDrift(
      [
        { name: 'staging.jsonl', text: lines },
        { name: 'more.jsonl', text: `not a report\n${poolsLine}` },
      ],
      specRoot,
    );
    expect(summary.skipped).toEqual([{ file: 'more.jsonl', line: 1, problem: 'not JSON' }]);
    expect(summary.reports).toBe(6);
    expect(summary.edits.map(({ file, at, property, kind, count, source }) => ({ file, at, property, kind, count, source }))).toEqual([
      {
        file: 'spec/nue/components/schemas/revenue-manager/AccountCreditPool.yaml',
        at: '/properties/balance',
        property: 'balance',
        kind: 'type',
        count: 4,
        source: 'inferred',
      },
      {
        file: 'spec/maileon/openapi.yaml',
        at: '/components/schemas/Contingent/required',
        property: 'author',
        kind: 'missing-property',
        count: 1,
        source: 'docs',
      },
      { file: 'spec/maileon/openapi.yaml', at: '/components/schemas/ContingentStatus', property: 'status', kind: 'enum', count: 1, source: 'docs' },
      {
        file: 'spec/nue/paths/revenue-manager/getCreditFlows.yaml',
        at: '/responses',
        property: undefined,
        kind: 'undocumented-status',
        count: 1,
        source: 'docs',
      },
      {
        file: 'spec/nue/paths/revenue-manager/getCustomerCreditStats.yaml',
        at: '/responses/200/content',
        property: undefined,
        kind: 'content-type',
        count: 1,
        source: 'docs',
      },
      { file: 'spec/xovi/openapi.yaml', at: '/components/schemas/Creditstate', property: 'resellerNote', kind: 'unknown-property', count: 1, source: 'docs' },
    ]);
    const [balance] = summary.edits;
    expect(balance).toMatchObject({ expected: 'number', seen: 'string (numeric)' });
    expect(balance?.proposal).toContain('widen `type: number`');
    expect(balance?.seenIn).toEqual([
      expect.objectContaining({ operationId: 'getAccountCreditPools', status: 200, in: 'body', pointer: '/data/*/balance', count: 4 }),
    ]);
  });

  it('marks evidence with its id, and names places in the shipped bundle when the spec sources are not at hand', async () => {
    const report = {
      api: 'xovi',
      operationId: 'getCreditstateByQuery',
      method: 'GET',
      path: '/user/getCreditstate',
      direction: 'response',
      status: 503,
      kind: 'undocumented-status',
      in: 'status',
      pointer: '',
      expected: 'one of 200, 302, 4XX',
      seen: '503',
      specPointer: '/paths/~1user~1getCreditstate/get/responses',
      count: 4,
    };
    const file = { name: 'drift.jsonl', text: JSON.stringify(report) };
    const withSources = await summarizeDrift([file], specRoot);
    expect(withSources.edits[0]).toMatchObject({ file: 'spec/xovi/openapi.yaml', at: report.specPointer, source: 'evidence', evidence: 'X1', count: 4 });
    const withoutSources = await summarizeDrift([file]);
    expect(withoutSources.edits[0]).toMatchObject({ file: 'openapi/xovi.json', at: report.specPointer });
    expect(renderDriftSummary(withSources)).toContain('spec/xovi/openapi.yaml /paths/~1user~1getCreditstate/get/responses  [evidence X1]');
  });

  it('npm run spec:drift prints the edits of a reports file', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'creditline-drift-'));
    onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
    const file = path.join(folder, 'reports.jsonl');
    writeFileSync(file, await collectedLines());
    const { stdout } = await promisify(execFile)(path.join(repoRoot, 'node_modules', '.bin', 'tsx'), ['scripts/spec-drift.ts', file], { cwd: repoRoot });
    expect(stdout).toMatch(/^6 proposed spec edits from 6 reports \(7 sightings\); inferred parts of the spec first\./);
    expect(stdout).toContain('spec/nue/components/schemas/revenue-manager/AccountCreditPool.yaml /properties/balance  [inferred]');
    expect(stdout).toContain('  balance: type: the spec says number; seen string (numeric), 2 times');
    expect(stdout).toContain('spec/nue/paths/revenue-manager/getCreditFlows.yaml /responses  [docs]');
    expect(stdout).not.toContain('VALUE');
  });

  it('npm run spec:drift reads files as creditline drift does: no report in a file is exit 2, other lines are named', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'creditline-drift-'));
    onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
    const garbage = path.join(folder, 'garbage.jsonl');
    const mixed = path.join(folder, 'mixed.jsonl');
    writeFileSync(garbage, '{"api":"nue"}\n');
    writeFileSync(mixed, `${(await collectedLines()).split('\n')[0]}\nnot a report\n`);
    const specDrift = (...args: string[]) =>
      spawnSync(path.join(repoRoot, 'node_modules', '.bin', 'tsx'), ['scripts/spec-drift.ts', ...args], { cwd: repoRoot, encoding: 'utf8' });
    const message = `${garbage} holds no drift report: line 1 is JSON but not a drift report: \`method\` is missing or not a string`;
    expect(specDrift(garbage)).toMatchObject({ status: 2, stdout: '', stderr: `spec:drift: ${message}\n` });
    const json = specDrift(garbage, '--json');
    expect(json.status).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({ error: { message, file: garbage, line: 1 } });
    const partly = specDrift(mixed);
    expect(partly).toMatchObject({ status: 0, stderr: `spec:drift: warning: 1 line is not a drift report and was left out: ${mixed}:2\n` });
    expect(partly.stdout).toContain(`Lines that are not reports, left out: ${mixed}:2 (not JSON).`);
  });
});
