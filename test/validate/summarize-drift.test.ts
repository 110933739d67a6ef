// From collected reports to spec edits: the same difference from several places and files is one
// edit with its count summed, in the file that says it (a Nue operation or schema file, the one
// file of XOVI or Maileon), inferred parts first; `npm run spec:drift` prints them.
import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createDriftCollector, withValidation } from 'creditline/validate';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { repoRoot } from '../../scripts/repo-root.js';
import { proposalFor } from '../../src/drift/proposal.js';
import { provenanceAt } from '../../src/drift/provenance.js';
import { skippedLinesWarning } from '../../src/drift/read-reports.js';
import { renderDriftSummary } from '../../src/drift/render.js';
import { specFileFinder } from '../../src/drift/spec-files.js';
import { type DriftSighting, type ProposedEdit, summarizeDrift } from '../../src/drift/summarize.js';
import type { SpecDocument } from '../../src/validate/spec/spec-document.js';
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

// The parts of a summary one at a time: the sentence proposed for each kind of difference, where
// the spec's statement came from, which source file holds a place, and the text rendered.
const response = { direction: 'response', status: 200 } as const;

describe('proposalFor', () => {
  it('proposes one sentence per kind, naming the property', () => {
    const p = (kind: string, expected: string, seen: string, property: string | undefined = 'balance', extra: object = {}) =>
      proposalFor({ ...response, kind, expected, seen, property, ...extra } as Parameters<typeof proposalFor>[0]);
    expect(p('undocumented-operation', '', 'GET /x')).toBe('add the operation GET /x, or call a documented one');
    expect(p('undocumented-status', 'one of 200, 404', '500')).toBe('document the response 500 (the spec lists 200, 404)');
    expect(p('content-type', 'application/json', 'text/html')).toBe('document text/html beside application/json');
    expect(p('content-type', 'application/json', 'no body', undefined, { status: 204 })).toBe(
      'say that the 204 message may come without a body or content type',
    );
    expect(p('content-type', 'application/json', 'no content type', undefined, { status: undefined })).toBe(
      'say that the message may come without a body or content type',
    );
    expect(p('not-json', 'application/json', 'text')).toBe('the body is not application/json: document the media type really sent');
    expect(p('missing-property', 'present', 'absent')).toBe('drop `balance` from `required`: it was left out');
    expect(p('unknown-property', 'absent', 'string', '*')).toBe('the object has keys the spec does not name: list them, or give it `additionalProperties`');
    expect(p('unknown-property', 'absent', 'string')).toBe("add `balance` (string) to the schema's properties");
    expect(p('type', 'number', 'string (numeric)')).toBe('`balance` came as string (numeric): widen `type: number` (e.g. to [number, string]) or correct it');
    expect(p('type', 'number', 'string', '')).toBe('the value came as string: widen `type: number` (e.g. to [number, string]) or correct it');
    expect(p('format', 'date-time', 'string (date)')).toBe('drop or correct the `format` of `balance`: it came as string (date)');
    expect(p('enum', 'one of the enum', 'string')).toBe(
      'add the values sent to the `enum` of `balance` (reports carry no values: read them from one captured message)',
    );
    expect(p('constraint', 'minimum: 0', 'a smaller number')).toBe('relax `minimum: 0` on `balance`: it came as a smaller number');
  });

  it('makes a request difference conditional on the API accepting it', () => {
    expect(proposalFor({ kind: 'format', expected: 'uuid', seen: 'string', direction: 'request', status: undefined, property: 'id' })).toBe(
      'if the API accepts what the client sent: drop or correct the `format` of `id`: it came as string',
    );
  });
});

describe('provenanceAt', () => {
  const document = {
    paths: {},
    components: {
      schemas: {
        Pool: {
          'x-evidence': { id: 'EV-7' },
          properties: { balance: { 'x-inferred': true, type: 'number' }, name: { type: 'string' }, other: { 'x-evidence': { id: 3 } } },
        },
        Guess: { 'x-inferred': true, properties: { inner: { 'x-evidence': { id: 'EV-9' } }, plain: { type: 'string' } } },
      },
    },
  } as unknown as SpecDocument;

  it('takes the innermost mark on the way to the place, docs without one', () => {
    expect(provenanceAt(document, '/components/schemas/Pool/properties/balance')).toEqual({ source: 'inferred' });
    expect(provenanceAt(document, '/components/schemas/Pool/properties/name')).toEqual({ source: 'evidence', evidence: 'EV-7' });
    expect(provenanceAt(document, '/components/schemas/Pool/properties/other')).toEqual({ source: 'evidence', evidence: 'EV-7' });
    expect(provenanceAt(document, '/components/schemas/Guess/properties/inner')).toEqual({ source: 'evidence', evidence: 'EV-9' });
    expect(provenanceAt(document, '/components/schemas/Guess/properties/plain')).toEqual({ source: 'inferred' });
    expect(provenanceAt(document, '/paths')).toEqual({ source: 'docs' });
  });

  it('keeps the mark found so far when the place is not in the document', () => {
    expect(provenanceAt(document, '/components/schemas/Pool/properties/missing/deeper')).toEqual({ source: 'evidence', evidence: 'EV-7' });
    expect(provenanceAt(document, '/components/schemas/Guess/properties/plain/type/x')).toEqual({ source: 'inferred' });
    expect(provenanceAt(document, '/nothing/here')).toEqual({ source: 'docs' });
  });
});

describe('specFileFinder', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'creditline-spec-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const specRoot = path.join(root, 'spec');
  const write = (file: string) => {
    mkdirSync(path.dirname(path.join(specRoot, file)), { recursive: true });
    writeFileSync(path.join(specRoot, file), 'x: 1\n');
  };
  write('split/openapi.yaml');
  write('split/paths/billing/getPools.yaml');
  write('split/paths/billing/xgetPoolsx.yaml');
  write('split/components/schemas/billing/Pool.yaml');
  write('split/components/parameters/billing/Pool.yaml');
  write('single/openapi.yaml');
  write('bare/README.md');
  const document = {
    paths: { '/pools/{id}': { get: { operationId: 'getPools' } }, '/other': { get: { operationId: 'unknownOp' } }, '/anon': { get: {} } },
  } as unknown as SpecDocument;
  const find = specFileFinder(specRoot);

  it("names an operation's file and the place inside it", () => {
    expect(find('split', document, '/paths/~1pools~1{id}/get/responses/200')).toEqual({ file: 'spec/split/paths/billing/getPools.yaml', at: '/responses/200' });
    expect(find('split', document, '/paths/~1pools~1{id}/get')).toEqual({ file: 'spec/split/paths/billing/getPools.yaml', at: '' });
  });

  it("names a component's file by its kind and name", () => {
    expect(find('split', document, '/components/schemas/Pool/properties/a~1b')).toEqual({
      file: 'spec/split/components/schemas/billing/Pool.yaml',
      at: '/properties/a~1b',
    });
    expect(find('split', document, '/components/parameters/Pool')).toEqual({ file: 'spec/split/components/parameters/billing/Pool.yaml', at: '' });
  });

  it('falls back to openapi.yaml with the whole pointer, or to the bundled spec without sources', () => {
    expect(find('split', document, '/paths/~1other/get/responses')).toEqual({ file: 'spec/split/openapi.yaml', at: '/paths/~1other/get/responses' });
    expect(find('split', document, '/paths/~1anon/get')).toEqual({ file: 'spec/split/openapi.yaml', at: '/paths/~1anon/get' });
    expect(find('split', document, '/components/schemas/Nope')).toEqual({ file: 'spec/split/openapi.yaml', at: '/components/schemas/Nope' });
    expect(find('split', document, '/paths')).toEqual({ file: 'spec/split/openapi.yaml', at: '/paths' });
    expect(find('single', document, '/components/schemas/Pool')).toEqual({ file: 'spec/single/openapi.yaml', at: '/components/schemas/Pool' });
    expect(find('bare', document, '/components/schemas/Pool')).toEqual({ file: 'openapi/bare.json', at: '/components/schemas/Pool' });
    expect(find('absent', document, '/x')).toEqual({ file: 'openapi/absent.json', at: '/x' });
    expect(specFileFinder(undefined)('split', document, '/paths/~1pools~1{id}/get')).toEqual({ file: 'openapi/split.json', at: '/paths/~1pools~1{id}/get' });
  });
});

describe('renderDriftSummary', () => {
  const sighting = (count: number, extra: Partial<DriftSighting> = {}): DriftSighting => ({
    api: 'nue',
    operationId: 'getPools',
    method: 'GET',
    path: '/pools',
    direction: 'response',
    status: 200,
    in: 'body',
    pointer: '/data/0/balance',
    count,
    ...extra,
  });
  const edit = (extra: Partial<ProposedEdit>): ProposedEdit =>
    ({
      file: 'spec/nue/x.yaml',
      at: '/properties/balance',
      property: 'balance',
      kind: 'type',
      expected: 'number',
      seen: 'string',
      count: 1,
      proposal: 'widen it',
      seenIn: [sighting(1)],
      source: 'docs',
      ...extra,
    }) as ProposedEdit;

  it('says when there is nothing to edit', () => {
    expect(renderDriftSummary({ edits: [], reports: 0, skipped: [] })).toBe('No spec edits: 0 reports read.\n');
  });

  it('renders each edit with its place, provenance, counts and sightings', () => {
    const text = renderDriftSummary({
      edits: [
        edit({ source: 'evidence', evidence: 'EV-1', count: 1 } as Partial<ProposedEdit>),
        edit({
          at: '',
          property: undefined,
          kind: 'undocumented-status',
          expected: 'one of 200',
          seen: '500',
          count: 3,
          source: 'inferred',
          proposal: 'document it',
          seenIn: [
            sighting(2, { operationId: undefined, status: undefined, pointer: '' }),
            sighting(1, { direction: 'request', in: 'query', pointer: 'limit' }),
          ],
        } as Partial<ProposedEdit>),
      ],
      reports: 1,
      skipped: [],
    });
    expect(text).toBe(
      [
        '2 proposed spec edits from 1 report (4 sightings); inferred parts of the spec first.',
        '',
        'spec/nue/x.yaml /properties/balance  [evidence EV-1]',
        '  balance: type: the spec says number; seen string, 1 time',
        '  → widen it',
        '  seen in nue getPools (GET /pools), answer 200 body /data/0/balance ×1',
        '',
        'spec/nue/x.yaml  [inferred]',
        '  undocumented-status: the spec says one of 200; seen 500, 3 times',
        '  → document it',
        '  seen in nue (GET /pools), answer  body ×2',
        '  seen in nue getPools (GET /pools), request query limit ×1',
        '',
      ].join('\n'),
    );
  });

  it('shows five sightings and counts the rest; singular words for one', () => {
    const seenIn = [6, 5, 4, 3, 2, 1].map((count) => sighting(count));
    const text = renderDriftSummary({ edits: [edit({ count: 1, seenIn })], reports: 2, skipped: [] });
    expect(text.startsWith('1 proposed spec edit from 2 reports (1 sighting); ')).toBe(true);
    expect(text.match(/ {2}seen in /g)).toHaveLength(5);
    expect(text).toContain('×2\n  … and 1 more places\n');
    expect(renderDriftSummary({ edits: [edit({ seenIn: seenIn.slice(0, 5) })], reports: 1, skipped: [] })).not.toContain('more places');
  });

  it('lists up to twenty skipped lines with their file and problem, then an ellipsis', () => {
    const skipped = (n: number) => Array.from({ length: n }, (_, i) => ({ file: 'd.jsonl', line: i + 1, problem: 'not JSON' }));
    const named = (n: number) => skipped(n).map(({ line }) => `d.jsonl:${line} (not JSON)`);
    expect(
      renderDriftSummary({
        edits: [],
        reports: 3,
        skipped: [
          { file: 'a.jsonl', line: 4, problem: 'not JSON' },
          { file: 'b.jsonl', line: 9, problem: 'JSON but not a drift report: `kind` is not a drift kind' },
        ],
      }),
    ).toBe(
      'No spec edits: 3 reports read.\n\nLines that are not reports, left out: a.jsonl:4 (not JSON), b.jsonl:9 (JSON but not a drift report: `kind` is not a drift kind).\n',
    );
    expect(renderDriftSummary({ edits: [], reports: 0, skipped: skipped(20) })).toContain(`left out: ${named(20).join(', ')}.\n`);
    expect(renderDriftSummary({ edits: [], reports: 0, skipped: skipped(21) })).toContain(`left out: ${named(20).join(', ')}, ….\n`);
  });
});

describe('summarizeDrift on reports of an API without a spec', () => {
  const report = (extra: Record<string, unknown>) =>
    JSON.stringify({
      api: 'acme',
      operationId: 'getThings',
      method: 'GET',
      path: '/things',
      direction: 'response',
      status: 200,
      kind: 'type',
      in: 'body',
      pointer: '/data/*',
      expected: 'number',
      seen: 'string',
      specPointer: '/paths/~1things/get/responses/200',
      count: 1,
      ...extra,
    });

  /** Lines as one file of JSON Lines. */
  const inOneFile = (...lines: string[]) => [{ name: 'drift.jsonl', text: lines.join('\n') }];

  it('names the property or parameter each edit is about', async () => {
    const summary = await summarizeDrift(
      inOneFile(
        report({ pointer: '/data/*', count: 9 }),
        report({ kind: 'unknown-property', pointer: '/data/*/extra', seen: 'boolean', count: 8 }),
        report({ kind: 'unknown-property', pointer: '/data/*', seen: 'object', count: 7 }),
        report({ in: 'query', direction: 'request', status: undefined, pointer: '/limit', kind: 'format', count: 6 }),
        report({ in: 'header', pointer: '/x-rate', kind: 'constraint', count: 5 }),
        report({ in: 'status', pointer: '', kind: 'undocumented-status', seen: '500', count: 4 }),
      ),
    );
    expect(summary.edits.map(({ property, count, file, at }) => ({ property, count, file, at }))).toEqual([
      { property: 'data', count: 9, file: 'openapi/acme.json', at: '/paths/~1things/get/responses/200' },
      { property: 'extra', count: 8, file: 'openapi/acme.json', at: '/paths/~1things/get/responses/200' },
      { property: '*', count: 7, file: 'openapi/acme.json', at: '/paths/~1things/get/responses/200' },
      { property: 'limit', count: 6, file: 'openapi/acme.json', at: '/paths/~1things/get/responses/200' },
      { property: 'x-rate', count: 5, file: 'openapi/acme.json', at: '/paths/~1things/get/responses/200' },
      { property: undefined, count: 4, file: 'openapi/acme.json', at: '/paths/~1things/get/responses/200' },
    ]);
    expect(summary.edits.every((edit) => edit.source === 'docs')).toBe(true);
    expect(summary.edits[3]?.proposal.startsWith('if the API accepts what the client sent: ')).toBe(true);
  });

  it('sums one difference seen in several places into one edit, its sightings by count', async () => {
    const summary = await summarizeDrift(
      inOneFile(
        report({ operationId: undefined, status: undefined, direction: 'request', count: 2 }),
        report({ path: '/other', count: 5 }),
        report({ path: '/third', count: 1 }),
        report({ seen: 'boolean', count: 1 }),
      ),
    );
    expect(summary.reports).toBe(4);
    expect(summary.edits.map(({ seen, count }) => ({ seen, count }))).toEqual([
      { seen: 'string', count: 6 },
      { seen: 'string', count: 2 },
      { seen: 'boolean', count: 1 },
    ]);
    expect(summary.edits[0]?.seenIn.map((s) => [s.path, s.count])).toEqual([
      ['/other', 5],
      ['/third', 1],
    ]);
    expect(summary.edits[1]?.seenIn).toEqual([{ api: 'acme', method: 'GET', path: '/things', direction: 'request', in: 'body', pointer: '/data/*', count: 2 }]);
    expect(summary.edits[0]?.seenIn[0]).toEqual({
      api: 'acme',
      operationId: 'getThings',
      method: 'GET',
      path: '/other',
      direction: 'response',
      status: 200,
      in: 'body',
      pointer: '/data/*',
      count: 5,
    });
  });

  it('orders equal counts by file', async () => {
    const summary = await summarizeDrift(inOneFile(report({ api: 'zeta' }), report({ api: 'alpha' })));
    expect(summary.edits.map((edit) => edit.file)).toEqual(['openapi/alpha.json', 'openapi/zeta.json']);
  });
});

describe('summarizeDrift, the details of an edit', () => {
  const line = (extra: Record<string, unknown>) =>
    JSON.stringify({
      api: 'acme',
      method: 'GET',
      path: '/things',
      direction: 'response',
      kind: 'type',
      in: 'body',
      pointer: '/n',
      expected: 'number',
      seen: 'string',
      specPointer: '/paths/~1things/get/responses/200',
      count: 1,
      ...extra,
    });

  it('leaves out operationId and status of a sighting that has none, rather than naming them undefined', async () => {
    const summary = await summarizeDrift([{ name: 'd.jsonl', text: line({}) }]);
    expect(summary.edits[0]?.seenIn[0]).toStrictEqual({
      api: 'acme',
      method: 'GET',
      path: '/things',
      direction: 'response',
      in: 'body',
      pointer: '/n',
      count: 1,
    });
  });

  it('lists the sightings of an edit most frequent first, whatever order the lines came in', async () => {
    const text = [line({ path: '/a', count: 1 }), line({ path: '/b', count: 7 }), line({ path: '/c', count: 3 })].join('\n');
    const [edit] = (await summarizeDrift([{ name: 'd.jsonl', text }])).edits;
    expect(edit?.seenIn.map(({ path, count }) => [path, count])).toEqual([
      ['/b', 7],
      ['/c', 3],
      ['/a', 1],
    ]);
  });

  it("takes a missing property's provenance from the property, which carries the mark, not from its object's required list", async () => {
    // In the Nue spec, AssetBulkChangeOrderRequest lists assetChanges as required; only the property is marked inferred.
    const missing = (extra: Record<string, unknown>) =>
      JSON.stringify({
        api: 'nue',
        method: 'POST',
        path: '/orders/bulk-change',
        direction: 'request',
        kind: 'missing-property',
        in: 'body',
        pointer: '/assetChanges',
        expected: 'present',
        seen: 'absent',
        specPointer: '/components/schemas/AssetBulkChangeOrderRequest/required',
        count: 1,
        ...extra,
      });
    const summary = await summarizeDrift([{ name: 'd.jsonl', text: missing({}) }], specRoot);
    expect(summary.edits[0]).toMatchObject({
      file: 'spec/nue/components/schemas/lifecycle-manager/AssetBulkChangeOrderRequest.yaml',
      at: '/required',
      property: 'assetChanges',
      source: 'inferred',
    });
    // Another required property of the same object carries no mark of its own: the docs said it.
    const plain = await summarizeDrift([{ name: 'd.jsonl', text: missing({ pointer: '/other' }) }], specRoot);
    expect(plain.edits[0]).toMatchObject({ property: 'other', source: 'docs' });
    // A difference of another kind at the same place is about the list itself.
    const typed = await summarizeDrift([{ name: 'd.jsonl', text: missing({ kind: 'type', expected: 'array', seen: 'string' }) }], specRoot);
    expect(typed.edits[0]).toMatchObject({ at: '/required', source: 'docs' });
  });
});

describe('provenanceAt, through a null in the document', () => {
  it('stops at a null value and keeps the mark found so far', () => {
    const document = { paths: {}, components: { schemas: { Pool: { 'x-inferred': true, default: null } } } } as unknown as SpecDocument;
    expect(provenanceAt(document, '/components/schemas/Pool/default/x')).toEqual({ source: 'inferred' });
  });
});

describe('skippedLinesWarning', () => {
  const skipped = (n: number) => Array.from({ length: n }, (_, i) => ({ file: 'd.jsonl', line: i + 1, problem: 'not JSON' }));
  const places = (n: number) => skipped(n).map(({ line }) => `d.jsonl:${line}`);

  it('says nothing when every line was a report', () => {
    expect(skippedLinesWarning([])).toBeUndefined();
  });

  it('names one line in the singular and several in the plural, with their places', () => {
    expect(skippedLinesWarning(skipped(1))).toBe('1 line is not a drift report and was left out: d.jsonl:1');
    expect(skippedLinesWarning(skipped(2))).toBe('2 lines are not drift reports and were left out: d.jsonl:1, d.jsonl:2');
  });

  it('names the first twenty places and marks the rest with an ellipsis', () => {
    expect(skippedLinesWarning(skipped(20))).toBe(`20 lines are not drift reports and were left out: ${places(20).join(', ')}`);
    expect(skippedLinesWarning(skipped(21))).toBe(`21 lines are not drift reports and were left out: ${places(20).join(', ')}, …`);
  });
});
