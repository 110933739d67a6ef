// The sandbox's answers to the operations beyond the balances: XOVI's limits and keyword quota in
// both key placements and formats, Maileon's prepaid status and one contingent (read, create,
// update, delete) with the documented refusals, and Nue's customer list — each from the bundled
// specs' examples, through the package's own clients.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCreditBalances } from 'creditline';
import { createMaileonClient, type MaileonClient } from 'creditline/maileon';
import { createNueClient } from 'creditline/nue';
import { type Sandbox, startSandbox } from 'creditline/sandbox';
import { createXoviClient } from 'creditline/xovi';
import { describe, expect, it, onTestFinished } from 'vitest';
import { caught } from '../support/caught.js';

const bundles = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/openapi');
// biome-ignore lint/suspicious/noExplicitAny: a spec document, navigated by the paths the examples are known to have
const spec = (api: string): any => JSON.parse(readFileSync(path.join(bundles, `${api}.json`), 'utf8'));
const xoviResponses = spec('xovi').components.responses;
const maileonPaths = spec('maileon').paths;
const CUSTOMERS = spec('nue').paths['/v1/async/graphql'].post.responses['200'].content['application/json'].examples.customers.value.data.Customer;
const DETAILS = { expiryDate: '2027-03-31T23:59:59+02:00', contingentValue: 2500, name: 'Sandbox contingent' };

async function sandbox(): Promise<Sandbox> {
  const started = await startSandbox();
  onTestFinished(() => started.close());
  return started;
}

async function maileon(): Promise<{ client: MaileonClient; baseUrl: string }> {
  const { baseUrls } = await sandbox();
  return { client: createMaileonClient({ apiKey: 'sandbox-maileon-key', baseUrl: baseUrls.maileon, retry: { retries: 0 } }), baseUrl: baseUrls.maileon };
}

describe('sandbox: XOVI limits', () => {
  it('serves the limits and the keyword quota in both key placements, as JSON and as the XML examples', async () => {
    const { baseUrls } = await sandbox();
    const limits = xoviResponses.XoviLimits.content;
    const keywords = xoviResponses.KeywordLimits.content;
    for (const keyIn of ['path', 'query'] as const) {
      const xovi = createXoviClient({ apiKey: 'xovi key/with spaces', baseUrl: baseUrls.xovi, keyIn });
      expect(await xovi.getXoviLimits()).toEqual(limits['application/json'].examples.success.value.apiResult);
      expect(await xovi.getKeywordLimits()).toEqual({ total: 5000, used: 264 });
      expect(await xovi.getXoviLimitsXml()).toBe(limits['application/xml'].example);
      expect(await xovi.getKeywordLimitsXml()).toBe(keywords['application/xml'].example);
    }
  });

  it('answers the param-missing envelope without a key or with an unknown format, and 404 for other methods', async () => {
    const { baseUrls } = await sandbox();
    const noKey = await fetch(`${baseUrls.xovi}/monitor/getKeywordLimits?format=json`);
    expect(noKey.status).toBe(400);
    expect(await noKey.json()).toEqual({ apiErrorCode: 80, apiErrorMessage: 'param missing', paramname: 'key' });
    const csv = await fetch(`${baseUrls.xovi}/user/getXoviLimits/k/csv`);
    expect(await csv.json()).toMatchObject({ apiErrorCode: 80, paramname: 'format' });
    for (const url of [
      `${baseUrls.xovi}/user/getSubaccounts/k/json`,
      `${baseUrls.xovi}/monitor/getKeywordLimits/k`,
      `${baseUrls.xovi}/seo/getKeywordLimits/k/json`,
    ]) {
      expect((await fetch(url)).status).toBe(404);
    }
  });

  it('masks a key of the path of every method wherever the answer holds it', async () => {
    const { baseUrls } = await sandbox();
    for (const route of ['user/getXoviLimits', 'monitor/getKeywordLimits']) {
      // a key that happens to be a word of the answer
      const text = await (await fetch(`${baseUrls.xovi}/${route}/apiResult/json`)).text();
      expect(text).toContain('apiErrorCode');
      expect(text).not.toContain('apiResult');
    }
  });
});

describe('sandbox: Maileon prepaid status and contingents', () => {
  it('serves the prepaid status example and switches it as Maileon would, changing nothing', async () => {
    const { client } = await maileon();
    const example = maileonPaths['/partner/settings/prepaids/status'].get.responses['200'].content['application/json'].examples.active.value;
    expect(await client.getPrepaidStatus({ nlAccountId: 12345 })).toEqual(example);
    expect(await client.updatePrepaidStatus({ nlAccountId: 12345, active: false })).toEqual({ oldState: 'active', newState: 'inactive' });
    expect(await client.updatePrepaidStatus({ nlAccountId: 12345, active: true })).toEqual({ oldState: 'active', newState: 'active' });
    expect(await client.getPrepaidStatus({ nlAccountId: 12345 })).toEqual(example);
  });

  it('refuses a status that is not true or false with the example error, as a MaileonError', async () => {
    const { client } = await maileon();
    const error = await caught(client.POST('/partner/settings/prepaids/status', { params: { query: { nl_account_id: 1 } }, body: { active: 'yes' as never } }));
    expect(error).toMatchObject({ name: 'MaileonError', problem: 'invalid-request', reason: 'invalid value for status' });
  });

  it('reads a contingent of the examples by its id, and 404s an id it does not have', async () => {
    const { client } = await maileon();
    const example =
      maileonPaths['/partner/settings/prepaids/contingents/contingent/{cid}'].get.responses['200'].content['application/json'].examples.running.value;
    expect(await client.getContingent({ nlAccountId: 12345, contingentId: 321 })).toMatchObject({ id: 321, status: 'consumed' });
    expect(await client.getContingent({ nlAccountId: 12345, contingentId: '123' })).toMatchObject({ id: example.id, name: expect.any(String) });
    expect(await caught(client.getContingent({ nlAccountId: 12345, contingentId: 4 }))).toMatchObject({ problem: 'contingent-not-found', reason: 'Not found' });
  });

  it('creates a contingent from the request and the example, the value never below 0', async () => {
    const { client } = await maileon();
    const created = await client.createContingent({ nlAccountId: 777, ...DETAILS });
    expect(created).toMatchObject({ ...DETAILS, availableValue: 2500, usedValue: 0, newsletterAccountId: 777, id: 123, status: 'running' });
    expect(await client.createContingent({ nlAccountId: 777, ...DETAILS, contingentValue: -3 })).toMatchObject({ contingentValue: 0, availableValue: 0 });
    for (const expiryDate of ['2027-03-31T23:59Z', '2027-03-31T23:59:59.5+0200']) {
      expect(await client.createContingent({ nlAccountId: 777, ...DETAILS, expiryDate })).toMatchObject({ expiryDate });
    }
  });

  it('updates a contingent, refusing a value below the used value (409) and an invalid body (400)', async () => {
    const { client } = await maileon();
    // contingent 123 of the list example: 10 of 1000 used
    expect(await client.updateContingent({ nlAccountId: 5, contingentId: 123, ...DETAILS })).toMatchObject({
      id: 123,
      ...DETAILS,
      usedValue: 10,
      availableValue: 2490,
      newsletterAccountId: 5,
    });
    expect(await client.updateContingent({ nlAccountId: 5, contingentId: 123, ...DETAILS, contingentValue: 10 })).toMatchObject({ availableValue: 0 });
    for (const contingentValue of [9, -1]) {
      expect(await caught(client.updateContingent({ nlAccountId: 5, contingentId: 123, ...DETAILS, contingentValue }))).toMatchObject({
        problem: 'contingent-value-below-used',
        reason: 'contingent value < used value',
      });
    }
    // contingent 789: nothing used, so a negative value becomes 0
    expect(await client.updateContingent({ nlAccountId: 5, contingentId: 789, ...DETAILS, contingentValue: -1 })).toMatchObject({ contingentValue: 0 });
    expect(await caught(client.updateContingent({ nlAccountId: 5, contingentId: 5, ...DETAILS }))).toMatchObject({ problem: 'contingent-not-found' });
  });

  it('answers a body that is not the three fields with the example 400', async () => {
    const { baseUrl } = await maileon();
    const send = (method: string, route: string, body: string) =>
      fetch(`${baseUrl}/partner/settings/prepaids/contingents${route}?key=k&nl_account_id=1`, {
        method,
        body,
        headers: { 'content-type': 'application/json' },
      });
    const bodies = [
      'not json',
      '[]',
      JSON.stringify({ ...DETAILS, expiryDate: '2027-03-31' }),
      JSON.stringify({ ...DETAILS, expiryDate: '2027-03-31T23:59:59' }),
      JSON.stringify({ ...DETAILS, expiryDate: 'x2027-03-31T23:59:59Z' }),
      JSON.stringify({ ...DETAILS, expiryDate: '2027-03-31T23:59:59Zx' }),
      JSON.stringify({ ...DETAILS, expiryDate: '2027-13-45T10:00:00Z' }),
      JSON.stringify({ ...DETAILS, contingentValue: 1.5 }),
      JSON.stringify({ ...DETAILS, name: 7 }),
      JSON.stringify({ expiryDate: DETAILS.expiryDate, contingentValue: 1 }),
    ];
    for (const body of bodies) {
      for (const [method, route] of [
        ['PUT', ''],
        ['POST', '/contingent/123'],
      ]) {
        const answer = await send(method ?? '', route ?? '', body);
        expect({ body, method, status: answer.status, text: await answer.text() }).toEqual({ body, method, status: 400, text: '"invalid date"' });
      }
    }
  });

  it('deletes a contingent it has (204) and 404s one it does not', async () => {
    const { client, baseUrl } = await maileon();
    await expect(client.deleteContingent({ nlAccountId: 1, contingentId: 789 })).resolves.toBeUndefined();
    const raw = await fetch(`${baseUrl}/partner/settings/prepaids/contingents/contingent/789?key=k&nl_account_id=1`, { method: 'DELETE' });
    expect(raw.status).toBe(204);
    expect(await caught(client.deleteContingent({ nlAccountId: 1, contingentId: 1 }))).toMatchObject({ problem: 'contingent-not-found' });
  });

  it('checks the key and the account on every operation, and knows no other method', async () => {
    const { baseUrl } = await maileon();
    const routes: Array<[string, string]> = [
      ['GET', '/status'],
      ['POST', '/status'],
      ['PUT', '/contingents'],
      ['GET', '/contingents/contingent/123'],
      ['POST', '/contingents/contingent/123'],
      ['DELETE', '/contingents/contingent/123'],
    ];
    for (const [method, route] of routes) {
      const url = `${baseUrl}/partner/settings/prepaids${route}`;
      expect([method, route, (await fetch(`${url}?nl_account_id=1`, { method })).status]).toEqual([method, route, 401]);
      const noAccount = await fetch(`${url}?key=k&nl_account_id=x`, { method });
      expect([method, route, noAccount.status, await noAccount.json()]).toEqual([
        method,
        route,
        400,
        { message: 'nl_account_id must be the id of a newsletter account' },
      ]);
    }
    for (const [method, route] of [
      ['PUT', '/status'],
      ['DELETE', '/status'],
      ['POST', '/contingents'],
      ['PUT', '/contingents/contingent/123'],
      ['GET', '/contingents/contingent/123/x'],
    ]) {
      const answer = await fetch(`${baseUrl}/partner/settings/prepaids${route}?key=k&nl_account_id=1`, { method });
      expect([method, route, answer.status]).toEqual([method, route, 404]);
    }
  });
});

describe('sandbox: Nue customers', () => {
  it('lists the customers of the GraphQL example, so that readCreditBalances reads each one', async () => {
    const { baseUrls } = await sandbox();
    const nue = createNueClient({ auth: { apiKey: 'any-key' }, baseUrl: baseUrls.nue });
    expect(await nue.graphql('lifecycle', { query: 'query { Customer { id name } }' })).toEqual({ Customer: CUSTOMERS });
    const report = await readCreditBalances({ nue: { client: nue } });
    expect(report.failures).toEqual([]);
    expect(report.balances.map((b) => [b.account, b.accountName])).toEqual(CUSTOMERS.map((c: { id: string; name: string }) => [`customer ${c.id}`, c.name]));
  });

  it('answers other GraphQL queries with a GraphQL error, and any without credentials with 401', async () => {
    const { baseUrls } = await sandbox();
    const nue = createNueClient({ auth: { apiKey: 'any-key' }, baseUrl: baseUrls.nue });
    expect(await caught(nue.graphql('lifecycle', { query: 'query { Product { id } }' }))).toMatchObject({
      name: 'NueGraphqlError',
      errors: [{ message: 'The sandbox answers only the GraphQL query of the Customer list' }],
    });
    const anonymous = await fetch(`${baseUrls.nue}/v1/async/graphql`, { method: 'POST', body: '{"query":"query { Customer { id } }"}' });
    expect(anonymous.status).toBe(401);
    const notJson = await fetch(`${baseUrls.nue}/v1/async/graphql`, { method: 'POST', body: 'Customer', headers: { 'nue-api-key': 'k' } });
    expect(await notJson.json()).toEqual({ errors: [{ message: 'The sandbox answers only the GraphQL query of the Customer list' }] });
    expect((await fetch(`${baseUrls.nue}/v1/async/graphql`, { headers: { 'nue-api-key': 'k' } })).status).toBe(404);
    expect((await fetch(`${baseUrls.nue}/v1/orders/async/graphql`, { method: 'POST', headers: { 'nue-api-key': 'k' } })).status).toBe(404);
  });
});

describe('sandbox: Maileon prepaid status, a body that is not JSON', () => {
  it('refuses it with the example 400, as it refuses a JSON body without a true or false', async () => {
    const { baseUrl } = await maileon();
    for (const body of ['active=true', '{"active":"yes"}']) {
      const answer = await fetch(`${baseUrl}/partner/settings/prepaids/status?key=k&nl_account_id=1`, { method: 'POST', body });
      expect({ body, status: answer.status, text: await answer.text() }).toEqual({ body, status: 400, text: '"invalid value for status"' });
    }
  });
});
