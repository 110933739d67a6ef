// Every place a drift report names is a real place: its `specPointer` resolves in the bundled spec
// the package ships (dist/openapi/<api>.json, `creditline/openapi/<api>.json`) to the kind of
// node the report is about, and each place `creditline drift` proposes resolves in the file it
// names — under spec/ with --spec, in the bundle without. One server plays the three APIs and
// drifts in every way the validator tells apart: each kind in answers, and in requests each kind
// a request can show, in path, query, header and JSON-encoded (`content`) parameters and bodies.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createMaileonClient } from 'creditline/maileon';
import { createNueClient } from 'creditline/nue';
import { createDriftCollector, DRIFT_KINDS, type DriftReport, withValidation } from 'creditline/validate';
import { createXoviClient } from 'creditline/xovi';
import { describe, expect, it, onTestFinished } from 'vitest';
import { parse } from 'yaml';
import { bundlePath } from '../../scripts/openapi/redocly-apis.js';
import { repoRoot } from '../../scripts/repo-root.js';
import { atPointer, pointerSegments } from '../../src/validate/spec/spec-document.js';
import { CHILD_TIMEOUT_MS, creditline } from '../cli/run-creditline.js';
import { contingent } from '../maileon/fake-maileon.js';
import { pool } from '../nue-client/fake-nue-credits.js';
import { sendJson, sendRaw, useServer } from '../support/http-server.js';
import { CREDIT_STATE, CREDIT_STATE_ANSWER } from '../support/xovi-credit-state.js';

type Answer = (response: ServerResponse) => void;
const json =
  (body: unknown, status = 200): Answer =>
  (response) =>
    sendJson(response, status, body);
const raw =
  (status: number, body?: string, headers: Record<string, string> = {}): Answer =>
  (response) =>
    sendRaw(response, status, body, headers);
const CUSTOMER = 'cus-1';
const page = (items: unknown[]) => ({ status: 'success', data: items, pagination: { total: items.length } });

/** Validated clients of the three APIs against one server that gives the answer set last. */
async function driftingWorld() {
  let answer: Answer = json({});
  const server = await useServer((_request, response) => answer(response));
  const reports: DriftReport[] = [];
  const collector = createDriftCollector();
  const onDrift = (report: DriftReport) => {
    reports.push(report);
    collector.onDrift(report);
  };
  const validate = { responses: 'report', requests: 'report', onDrift } as const;
  const common = { baseUrl: server.origin, retry: { retries: 0 } };
  const clients = {
    xovi: withValidation(createXoviClient({ ...common, apiKey: 'xovi-key-1' }), 'xovi', validate),
    xoviByQuery: withValidation(createXoviClient({ ...common, apiKey: 'xovi-key-1', keyIn: 'query' }), 'xovi', validate),
    maileon: withValidation(createMaileonClient({ ...common, apiKey: 'maileon-key-1' }), 'maileon', validate),
    nue: withValidation(createNueClient({ ...common, auth: { apiKey: 'nue-key-1' } }), 'nue', validate),
  };
  /** Answers the next call with `next`; a call that fails (as a drifting answer may make it) still reports. */
  const call = async (next: Answer, run: (c: typeof clients) => Promise<unknown>) => {
    answer = next;
    await run(clients).catch(() => undefined);
  };
  return { call, reports, collector };
}

/** Calls that drift in every way; the reports they make. */
async function everyDrift() {
  const { call, reports, collector } = await driftingWorld();
  const creditState = (apiResult: object, envelope: object = {}) => json({ ...CREDIT_STATE_ANSWER, ...envelope, apiResult: { ...CREDIT_STATE, ...apiResult } });
  const { creditsused: _left, ...withoutCreditsUsed } = CREDIT_STATE;
  const { author: _author, ...withoutAuthor } = contingent(1);
  const xoviGet = (c: { xovi: ReturnType<typeof createXoviClient> }, format = 'json', extra = {}) =>
    c.xovi.GET('/user/getCreditstate/{key}/{format}', { params: { path: { format }, ...extra }, creditline: { throwOnError: false } } as never);

  // XOVI answers: unknown, missing and mistyped properties, a broken minimum and pattern, a value of
  // none of the oneOf variants, an enum, JSON that does not parse, a media type and a status the spec lacks.
  await call(creditState({ resellerNote: 'n' }), (c) => c.xovi.getCreditState());
  await call(json({ ...CREDIT_STATE_ANSWER, apiResult: { ...withoutCreditsUsed, creditamount: -1, creditsleft: '5', lastrefill: 'yesterday' } }), (c) =>
    c.xovi.getCreditState(),
  );
  await call(creditState({}, { apiErrorCode: true, apiErrorMessage: 'fine' }), (c) => xoviGet(c));
  await call(raw(200, '{"apiErrorCode":', { 'content-type': 'application/json' }), (c) => xoviGet(c));
  await call(raw(200, '<html></html>', { 'content-type': 'text/html' }), (c) => xoviGet(c));
  await call(raw(503, 'down', { 'content-type': 'text/plain' }), (c) => xoviGet(c));
  await call(json({ apiErrorCode: 80, apiErrorMessage: 'no such thing' }, 400), (c) => xoviGet(c));
  // XOVI requests: a path and a query parameter outside their enum, a query parameter the spec lacks.
  await call(creditState({}), (c) => xoviGet(c, 'csv'));
  await call(creditState({}), (c) =>
    c.xoviByQuery.GET('/user/getCreditstate', { params: { query: { format: 'csv', extra: 'x' } }, creditline: { throwOnError: false } } as never),
  );

  // Maileon answers: a missing property, an enum, a format, a type, a minimum, an unknown property, no body, a status.
  const contingents = (items: unknown[]) => json(items);
  await call(contingents([{ ...withoutAuthor, status: 'paused' }]), (c) => c.maileon.listContingents({ nlAccountId: 7 }).toArray({ max: 10 }));
  await call(contingents([{ ...contingent(1), created: 'yesterday', id: '7', contingentValue: -1, colour: 'red' }]), (c) =>
    c.maileon.listContingents({ nlAccountId: 7 }).toArray({ max: 10 }),
  );
  await call(raw(200), (c) => c.maileon.GET('/partner/settings/prepaids/contingents', { params: { query: { nl_account_id: 7 } } }));
  await call(raw(500, 'oops', { 'content-type': 'text/plain' }), (c) =>
    c.maileon.GET('/partner/settings/prepaids/contingents', { params: { query: { nl_account_id: 7 } } }),
  );
  // Maileon requests: a mistyped, a too large, an unlisted (array item) and an unknown query parameter.
  await call(contingents([contingent(1)]), (c) =>
    c.maileon.GET('/partner/settings/prepaids/contingents', {
      params: { query: { nl_account_id: 'seven', page_size: 5000, status: ['paused'], colour: 'red' } },
    } as never),
  );

  // Nue answers: a type, a media type, a status, JSON that does not parse, an operation the spec lacks.
  await call(json(page([{ ...pool(1), balance: '750.25' }])), (c) => c.nue.listAccountCreditPools({ customerId: CUSTOMER }).toArray({ max: 10 }));
  await call(raw(200, '{}', { 'content-type': 'text/plain' }), (c) =>
    c.nue.GET('/customers/{customerId}/credit-stats', { params: { path: { customerId: CUSTOMER }, query: { accountPoolIds: ['p'] } } }),
  );
  await call(json({ message: 'teapot' }, 418), (c) => c.nue.GET('/customers/{customerId}/credit-flows', { params: { path: { customerId: CUSTOMER } } }));
  await call(raw(200, 'oops', { 'content-type': 'application/json' }), (c) =>
    c.nue.GET('/customers/{customerId}/account-credit-pools', { params: { path: { customerId: CUSTOMER } } }),
  );
  await call(json({}, 404), (c) => c.nue.GET('/nowhere/{id}' as never, { params: { path: { id: 'x' } } } as never));
  // Nue requests: a JSON-encoded (`content`) query parameter with a mistyped item and with too few
  // items, a shared parameter over its maximum, a mistyped path parameter, a header parameter, an
  // enum, formats (a path parameter's uuid, a body's date), and JSON bodies with a missing,
  // mistyped and unknown property, one that is not JSON and one of a media type the spec lacks.
  const stats = json({ status: 'success', data: { accountCreditPoolStats: {}, summary: {} } });
  await call(stats, (c) =>
    c.nue.GET('/customers/{customerId}/credit-stats', { params: { path: { customerId: CUSTOMER }, query: { accountPoolIds: [1 as never] } } }),
  );
  await call(stats, (c) => c.nue.GET('/customers/{customerId}/credit-stats', { params: { path: { customerId: CUSTOMER }, query: { accountPoolIds: [] } } }));
  await call(json(page([])), (c) =>
    c.nue.GET('/customers/{customerId}/credit-flows', { params: { path: { customerId: 42 as never }, query: { limit: 501, includes: ['colour' as never] } } }),
  );
  await call(json({}), (c) =>
    c.nue.PATCH('/v1/billing/credit-memos/{creditMemoId}', {
      params: { path: { creditMemoId: 'memo-1' } },
      body: { creditMemoDate: 'soon' },
    } as never),
  );
  const graphql = (c: { nue: ReturnType<typeof createNueClient> }, init: object) => c.nue.POST('/v1/async/graphql', init as never);
  await call(json({ data: {} }), (c) => graphql(c, { params: { header: { 'Content-Type': 5, 'X-Colour': 'red' } }, body: { query: '{ a }' } }));
  await call(json({ data: {} }), (c) => graphql(c, { body: { query: 1, colour: 'red' } }));
  await call(json({ data: {} }), (c) => graphql(c, { body: { variables: {} } }));
  await call(json({ data: {} }), (c) => graphql(c, { body: { query: '{ a }' }, bodySerializer: () => '{"query":' }));
  await call(json({ data: {} }), (c) =>
    graphql(c, { body: { query: '{ a }' }, bodySerializer: () => 'query { a }', headers: { 'content-type': 'text/plain' } }),
  );
  return { reports, lines: collector.toJsonLines() };
}

const bundles = new Map<string, unknown>();
function bundled(api: string): unknown {
  if (!bundles.has(api)) bundles.set(api, JSON.parse(readFileSync(bundlePath(api, 'json'), 'utf8')));
  return bundles.get(api);
}

/** What the node at a report's specPointer must be, by kind: the place that says what was broken. */
function expectNodeOfKind(report: DriftReport, node: unknown) {
  const what = `${report.api} ${report.direction} ${report.kind} at ${report.specPointer}`;
  expect(node, what).toBeTypeOf('object');
  const keys = Object.keys(node as object);
  switch (report.kind) {
    case 'undocumented-operation':
      return expect(keys, what).toContain(Object.keys((bundled(report.api) as { paths: object }).paths)[0]);
    case 'undocumented-status':
      return expect(
        keys.every((status) => /^([1-5]([0-9]{2}|XX)|default)$/.test(status)),
        what,
      ).toBe(true);
    case 'content-type':
      return expect(
        keys.every((media) => media.includes('/')),
        what,
      ).toBe(true);
    case 'not-json':
      return expect(keys, what).toContain('schema');
    case 'missing-property':
      return expect(node, what).toContain(pointerSegments(report.pointer).at(-1));
    case 'unknown-property':
      // An object schema, or the parameter list of an operation for a parameter it does not have.
      return expect(Array.isArray(node) ? node.every((parameter) => typeof parameter === 'object') : 'properties' in (node as object), what).toBe(true);
    case 'type':
    case 'format':
      return expect(keys, what).toContain(report.kind);
    case 'enum':
      return expect(keys.includes('enum') || keys.includes('const'), what).toBe(true);
    case 'constraint':
      // `minimum 0`, `pattern "…"`, `one of its 2 oneOf variants`: the keyword is on the node.
      return expect(keys, what).toContain(/\b(oneOf|anyOf)\b/.exec(report.expected)?.[1] ?? /^\w+/.exec(report.expected)?.[0]);
  }
}

describe('the places drift reports name', () => {
  it('each specPointer resolves in the bundled spec, to the node the report is about', async () => {
    const { reports } = await everyDrift();
    const seen = (direction: string) => new Set(reports.filter((report) => report.direction === direction).map((report) => report.kind));
    expect([...seen('response')].sort()).toEqual([...DRIFT_KINDS].sort());
    // Every kind but a status, which only an answer has.
    expect([...seen('request')].sort()).toEqual(DRIFT_KINDS.filter((kind) => kind !== 'undocumented-status').sort());
    const requestPlaces = new Set(reports.filter((report) => report.direction === 'request').map((report) => `${report.api} ${report.in}`));
    expect([...requestPlaces].sort()).toEqual(
      ['xovi path', 'xovi query', 'maileon query', 'nue path', 'nue query', 'nue header', 'nue body', 'nue content-type'].sort(),
    );
    // The JSON-encoded parameter: its schema is under the parameter's `content`.
    expect(reports).toContainEqual(
      expect.objectContaining({
        kind: 'type',
        in: 'query',
        pointer: '/accountPoolIds/*',
        specPointer: '/paths/~1customers~1{customerId}~1credit-stats/get/parameters/1/content/application~1json/schema/items',
      }),
    );
    for (const report of reports) expectNodeOfKind(report, atPointer(bundled(report.api), report.specPointer));
  });

  it('each place creditline drift proposes resolves in the file it names, with --spec and without', { timeout: CHILD_TIMEOUT_MS }, async () => {
    const { reports, lines } = await everyDrift();
    const folder = mkdtempSync(path.join(tmpdir(), 'creditline-drift-places-'));
    onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
    const file = path.join(folder, 'drift.jsonl');
    writeFileSync(file, lines);
    const [withSpec, bundleOnly] = await Promise.all([
      creditline(['drift', file, '--json', '--spec', path.join(repoRoot, 'spec')]),
      creditline(['drift', file, '--json']),
    ]);
    type Edits = { edits: Array<{ file: string; at: string; kind: string; seenIn: unknown[] }> };
    const withSources = (JSON.parse(withSpec.stdout) as Edits).edits;
    const withoutSources = (JSON.parse(bundleOnly.stdout) as Edits).edits;
    expect(withSources.reduce((sum, edit) => sum + edit.seenIn.length, 0)).toBe(new Set(lines.trim().split('\n')).size);
    expect(withoutSources).toHaveLength(withSources.length);
    expect(new Set(withSources.map((edit) => edit.kind))).toEqual(new Set(reports.map((report) => report.kind)));
    for (const edit of withSources) {
      expect(edit.file, edit.file).toMatch(/^spec\/(nue|xovi|maileon)\/.+\.yaml$/);
      expect(atPointer(parse(readFileSync(path.join(repoRoot, edit.file), 'utf8')), edit.at), `${edit.file} ${edit.at}`).toBeTypeOf('object');
    }
    for (const edit of withoutSources) {
      const api = /^openapi\/(nue|xovi|maileon)\.json$/.exec(edit.file)?.[1];
      expect(api, edit.file).toBeDefined();
      expect(atPointer(bundled(api!), edit.at), `${edit.file} ${edit.at}`).toBeTypeOf('object');
    }
  });
});
