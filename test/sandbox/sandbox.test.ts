// The sandbox against the package's own clients: it must answer as the vendors do where the
// clients look (paging, key placements, partial success) and serve exactly the bundled specs'
// examples, which these tests read from dist/openapi on their own.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCreditBalances } from 'creditline';
import { createMaileonClient } from 'creditline/maileon';
import { createNueClient } from 'creditline/nue';
import { type Sandbox, startSandbox } from 'creditline/sandbox';
import { createXoviClient } from 'creditline/xovi';
import { describe, expect, it, onTestFinished } from 'vitest';
import { refusedOrigin } from '../support/http-server.js';

const bundles = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/openapi');
// biome-ignore lint/suspicious/noExplicitAny: a spec document, navigated by the paths the examples are known to have
type Spec = any;
const spec = (api: string): Spec => JSON.parse(readFileSync(path.join(bundles, `${api}.json`), 'utf8'));
const nueSpec = spec('nue');
const answer = (document: Spec, route: string, status = '200') => document.paths[route].get.responses[status].content['application/json'];
const POOL = answer(nueSpec, '/customers/{customerId}/account-credit-pools').example.data[0];
const STATS = answer(nueSpec, '/customers/{customerId}/credit-stats').example.data.accountCreditPoolStats[POOL.id];
const FLOWS = answer(nueSpec, '/customers/{customerId}/credit-flows').example.data;
const xoviSpec = spec('xovi');
const XOVI_ANSWER = xoviSpec.components.responses.Creditstate.content;
const CONTINGENT_EXAMPLES = Object.values(answer(spec('maileon'), '/partner/settings/prepaids/contingents').examples).flatMap(
  (example) => (example as { value: Array<{ id: number }> }).value,
);
const ALL_STATUSES = ['running', 'outstanding', 'consumed', 'expired'] as const;

async function sandbox(): Promise<Sandbox> {
  const started = await startSandbox();
  onTestFinished(() => started.close());
  return started;
}

describe('startSandbox', () => {
  it('serves the three vendors from the specs examples: readCreditBalances reads every one', async () => {
    const { baseUrls } = await sandbox();
    const report = await readCreditBalances({
      nue: { client: createNueClient({ auth: { apiKey: 'any-key' }, baseUrl: baseUrls.nue }), customerId: 'any-customer' },
      xovi: { client: createXoviClient({ apiKey: 'any-key', baseUrl: baseUrls.xovi }) },
      maileon: { client: createMaileonClient({ apiKey: 'any-key', baseUrl: baseUrls.maileon }), nlAccountId: 1, status: [...ALL_STATUSES] },
    });
    expect(report.failures).toEqual([]);
    expect(report.warnings).toEqual([]);
    const nue = report.balances.filter((b) => b.vendor === 'nue');
    expect(nue).toEqual([
      expect.objectContaining({ name: POOL.name, available: POOL.balance, used: STATS.consumedCredits, granted: STATS.totalGrantCredits, status: POOL.status }),
    ]);
    const state = XOVI_ANSWER['application/json'].examples.success.value.apiResult;
    const [keywords] = xoviSpec.components.responses.KeywordLimits.content['application/json'].examples.success.value.apiResult;
    expect(report.balances.filter((b) => b.vendor === 'xovi')).toEqual([
      expect.objectContaining({ kind: 'credit', available: state.creditsleft, used: state.creditsused }),
      expect.objectContaining({
        kind: 'quota',
        name: 'monitored keywords',
        available: keywords.total - keywords.used,
        used: keywords.used,
        granted: keywords.total,
      }),
    ]);
    const contingentIds = [...new Set(CONTINGENT_EXAMPLES.map((c) => c.id))];
    expect(contingentIds.length).toBeGreaterThanOrEqual(3);
    const maileon = report.balances.filter((b) => b.vendor === 'maileon');
    expect(maileon.map((b) => (b.source as { id: number }).id)).toEqual(contingentIds);
    expect(maileon.map((b) => b.prepaid)).toEqual(contingentIds.map(() => 'active'));
  });

  it('serves Maileon contingents over several pages, by Link headers without the key, and honours the status filter', async () => {
    const { baseUrls } = await sandbox();
    const maileon = createMaileonClient({ apiKey: 'maileon-key-in-links?', baseUrl: baseUrls.maileon });
    const all = maileon.listContingents({ nlAccountId: 12345 });
    const pages = [];
    for await (const page of all.pages()) pages.push(page);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(all.totals).toEqual({ items: pages.length, pages: pages.length });
    for (const page of pages) expect(page.response.headers.get('link')).not.toMatch(/maileon-key|key=/);
    expect(pages[1]?.response.headers.get('link')).toMatch(/rel="start".*rel="prev".*rel="next"/);

    const running = await maileon.listContingents({ nlAccountId: 12345, status: ['running'] }).toArray({ max: 10 });
    expect(running.map((c) => c.status)).toEqual(CONTINGENT_EXAMPLES.filter((c) => (c as { status?: string }).status === 'running').map(() => 'running'));
  });

  it('serves the Nue credit flows and stats as the spec shows them, with a warning (207) for a pool it does not have', async () => {
    const { baseUrls } = await sandbox();
    const nue = createNueClient({ auth: { apiKey: 'any-key' }, baseUrl: baseUrls.nue });
    expect(await nue.listCreditFlows({ customerId: 'c', limit: 1 }).toArray({ max: 10 })).toEqual(FLOWS);
    const { data, response } = await nue.GET('/customers/{customerId}/credit-stats', {
      params: { path: { customerId: 'c' }, query: { accountPoolIds: [POOL.id, 'no-such-pool'] } },
    });
    expect(response.status).toBe(207);
    expect(data?.data?.accountCreditPoolStats).toEqual({ [POOL.id]: STATS });
    expect(data?.warnings).toEqual([{ message: 'The account credit pool no-such-pool could not be read.' }]);
  });

  it('serves XOVI in both key placements, as JSON and as the XML example', async () => {
    const { baseUrls } = await sandbox();
    const state = XOVI_ANSWER['application/json'].examples.success.value.apiResult;
    for (const keyIn of ['path', 'query'] as const) {
      const xovi = createXoviClient({ apiKey: 'xovi key/with spaces', baseUrl: baseUrls.xovi, keyIn });
      expect(await xovi.getCreditState()).toEqual(state);
      expect(await xovi.getCreditStateXml()).toBe(XOVI_ANSWER['application/xml'].example);
    }
  });

  it('takes any credentials but needs some, and never sends one back', async () => {
    const { baseUrls, origin } = await sandbox();
    const key = 'sandbox-secret-9f8e7d';
    const get = async (url: string, headers: Record<string, string> = {}) => {
      const response = await fetch(url, { headers });
      return { status: response.status, text: `${[...response.headers].join('\n')}\n${await response.text()}` };
    };
    const pools = `${baseUrls.nue}/customers/${key}/account-credit-pools`;
    expect((await get(pools)).status).toBe(401);
    expect((await get(pools, { authorization: `Bearer ${key}` })).status).toBe(401); // a token needs the tenant's access key too
    expect((await get(pools, { 'nue-api-key': key })).status).toBe(200);
    expect((await get(pools, { authorization: `Bearer ${key}`, apiAccessKey: key })).status).toBe(200);
    expect(await get(`${baseUrls.xovi}/user/getCreditstate?format=json`)).toEqual({ status: 400, text: expect.stringContaining('"paramname":"key"') });
    expect((await get(`${baseUrls.maileon}/partner/settings/prepaids/contingents?nl_account_id=1`)).status).toBe(401);

    const answers = await Promise.all([
      get(`${baseUrls.xovi}/user/getCreditstate/${key}/csv`),
      get(`${baseUrls.xovi}/user/${key}`),
      get(`${origin}/elsewhere/${key}`),
      get(`${baseUrls.maileon}/partner/settings/prepaids/contingents?nl_account_id=1&key=${key}&page_size=${key}`),
      get(`${baseUrls.maileon}/partner/settings/prepaids/contingents?nl_account_id=1&key=${key}&status=${key}`),
      get(`${baseUrls.nue}/customers/c/credit-stats?accountPoolIds=${encodeURIComponent(JSON.stringify([key]))}`, { 'nue-api-key': key }),
    ]);
    expect(answers.map((a) => a.status)).toEqual([400, 404, 404, 400, 200, 404]);
    for (const { text } of answers) expect(text).not.toContain(key);
  });

  it('listens on the port it is given, and close() stops it, once or twice', async () => {
    const port = Number(new URL(await refusedOrigin()).port);
    const started = await startSandbox({ port });
    expect(started.origin).toBe(`http://127.0.0.1:${port}`);
    await Promise.all([started.close(), started.close()]);
    await expect(fetch(`${started.baseUrls.xovi}/user/getCreditstate/k/json`)).rejects.toThrow();
  });
});
