// The sandbox's answers to raw requests: the checks it makes (credentials, ids, paging
// parameters), its paging and filters, and what it does with anything that is not a credit operation.
import { type Sandbox, startSandbox } from 'creditline/sandbox';
import { describe, expect, it, onTestFinished } from 'vitest';

const POOL_ID = '474935a8-16cc-46a6-927d-74c962cf460f';
const ASSET = 'SUB-000275';
const NUE_KEY = { 'nue-api-key': 'nue-secret-1' };

async function sandbox(): Promise<Sandbox> {
  const started = await startSandbox();
  onTestFinished(() => started.close());
  return started;
}

async function get(url: string, init: RequestInit = {}) {
  const response = await fetch(url, init);
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {}
  return { status: response.status, headers: response.headers, text, body: body as Record<string, unknown> };
}

const q = (params: Record<string, string>) => new URLSearchParams(params).toString();

describe('sandbox: listening', () => {
  it('rejects when its port is taken', async () => {
    const first = await sandbox();
    const port = Number(new URL(first.origin).port);
    await expect(startSandbox({ port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
    const second = await sandbox();
    expect(second.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(second.baseUrls).toEqual({ nue: `${second.origin}/nue`, xovi: `${second.origin}/xovi`, maileon: `${second.origin}/maileon` });
  });
});

describe('sandbox: unknown routes', () => {
  it('answers 404 with a JSON message for an unknown prefix, a bare prefix, a nested wrong path and a wrong method', async () => {
    const { origin, baseUrls } = await sandbox();
    for (const [url, method] of [
      [`${origin}/other/customers/c/credit-flows`, 'GET'],
      [`${origin}/nue`, 'GET'],
      [`${origin}/`, 'GET'],
      [`${origin}/x/nue/customers/c/credit-flows`, 'GET'],
      [`${baseUrls.nue}/customers/c/credit-flows`, 'POST'],
      [`${baseUrls.nue}/customers/c/other`, 'GET'],
      [`${baseUrls.xovi}/user/getCreditstate?key=k`, 'POST'],
      [`${baseUrls.xovi}/user/other?key=k`, 'GET'],
      [`${baseUrls.maileon}/partner/settings/prepaids/contingents?key=k&nl_account_id=1`, 'DELETE'],
      [`${baseUrls.maileon}/partner/settings/prepaids/other?key=k&nl_account_id=1`, 'GET'],
    ] as const) {
      const { status, headers, body } = await get(url, { method, headers: NUE_KEY });
      expect({ url, method, status }).toEqual({ url, method, status: 404 });
      expect(headers.get('content-type')).toBe('application/json');
      expect(body).toEqual({ message: 'The sandbox serves only the credit operations' });
    }
  });

  it('serves a vendor under its prefix only when the prefix is the first path segment', async () => {
    const { origin } = await sandbox();
    expect((await get(`${origin}/nue/customers/c/credit-flows`, { headers: NUE_KEY })).status).toBe(200);
    expect((await get(`${origin}/nue/customers/c/credit-flows/`, { headers: NUE_KEY })).status).toBe(404);
  });
});

describe('sandbox: Nue', () => {
  it('refuses a request without credentials with 401 and a title', async () => {
    const { baseUrls } = await sandbox();
    const { status, body, headers } = await get(`${baseUrls.nue}/customers/c/account-credit-pools`);
    expect(status).toBe(401);
    expect(headers.get('content-type')).toBe('application/json');
    expect(body.title).toBe('Unauthorized');
    expect(String(body.message)).toContain('nue-api-key');
    // Authorization alone is not enough; with the access key it is
    expect((await get(`${baseUrls.nue}/customers/c/account-credit-pools`, { headers: { authorization: 'Bearer t' } })).status).toBe(401);
    expect((await get(`${baseUrls.nue}/customers/c/account-credit-pools`, { headers: { authorization: 'Bearer t', apiaccesskey: 'a' } })).status).toBe(200);
  });

  it('answers a BadRequest envelope for id filters that are not JSON arrays of strings', async () => {
    const { baseUrls } = await sandbox();
    for (const [route, params] of [
      ['account-credit-pools', { accountPoolIds: 'not json' }],
      ['account-credit-pools', { accountPoolIds: '"one"' }],
      ['account-credit-pools', { accountPoolIds: '[1]' }],
      ['account-credit-pools', { accountPoolIds: `["${POOL_ID}", 2]` }],
      ['credit-flows', { assetNumbers: '[2]' }],
      ['credit-flows', { assetNumbers: '{}' }],
      ['credit-stats', { accountPoolIds: `["${POOL_ID}"]`, assetNumbers: 'x' }],
    ] as const) {
      const { status, body } = await get(`${baseUrls.nue}/customers/c/${route}?${q(params)}`, { headers: NUE_KEY });
      expect({ route, params, status }).toEqual({ route, params, status: 400 });
      expect(body).toMatchObject({ status: 'error', errorType: 'BadRequest', errorCode: 'INVALID_PARAMETER' });
      expect(String(body.message)).toContain('JSON arrays');
    }
  });

  it('filters pools by accountPoolIds and flows by assetNumbers', async () => {
    const { baseUrls } = await sandbox();
    const pools = async (ids: string) =>
      (await get(`${baseUrls.nue}/customers/c/account-credit-pools?${q({ accountPoolIds: ids })}`, { headers: NUE_KEY })).body;
    expect(await pools(`["${POOL_ID}"]`)).toMatchObject({ status: 'success', data: [{ id: POOL_ID }], pagination: { total: 1 } });
    expect(await pools('["nope"]')).toEqual({ status: 'success', data: [], pagination: { total: 0 } });
    const flows = async (ids: string) => (await get(`${baseUrls.nue}/customers/c/credit-flows?${q({ assetNumbers: ids })}`, { headers: NUE_KEY })).body;
    expect(await flows(`["${ASSET}"]`)).toMatchObject({ data: [{ assetNumber: ASSET }], pagination: { total: 1 } });
    expect(await flows('["nope"]')).toEqual({ status: 'success', data: [], pagination: { total: 0 } });
    // the pools' filter does not apply to flows
    const unfiltered = await get(`${baseUrls.nue}/customers/c/credit-flows?${q({ accountPoolIds: '["nope"]' })}`, { headers: NUE_KEY });
    expect(unfiltered.body).toMatchObject({ data: [{ assetNumber: ASSET }] });
  });

  it('pages lists by page and limit, and refuses page or limit out of range', async () => {
    const { baseUrls } = await sandbox();
    const list = (params: Record<string, string>) => get(`${baseUrls.nue}/customers/c/account-credit-pools?${q(params)}`, { headers: NUE_KEY });
    expect((await list({ page: '1', limit: '1' })).body).toMatchObject({ data: [{ id: POOL_ID }], pagination: { total: 1 } });
    expect((await list({ page: '2', limit: '1' })).body).toEqual({ status: 'success', data: [], pagination: { total: 1 } });
    expect((await list({ page: '2', limit: '2' })).body).toEqual({ status: 'success', data: [], pagination: { total: 1 } });
    expect((await list({ limit: '500' })).status).toBe(200);
    expect((await list({ page: '9007199254740991' })).status).toBe(200);
    for (const params of [
      { page: '0' },
      { limit: '0' },
      { limit: '501' },
      { page: 'x1' },
      { page: '1x' },
      { limit: '-1' },
      { page: '1.5' },
      { page: '' },
    ] as Record<string, string>[]) {
      const { status, body } = await list(params);
      expect({ params, status }).toEqual({ params, status: 400 });
      expect(body).toMatchObject({ errorType: 'BadRequest', errorCode: 'INVALID_PARAMETER' });
      expect(String(body.message)).toContain('limit');
    }
  });

  it('answers credit stats only for 1 to 50 pool ids, with a summary only for exactly the examples pools', async () => {
    const { baseUrls } = await sandbox();
    const stats = (params: Record<string, string>) => get(`${baseUrls.nue}/customers/c/credit-stats?${q(params)}`, { headers: NUE_KEY });
    for (const params of [{}, { accountPoolIds: '[]' }, { accountPoolIds: JSON.stringify(Array.from({ length: 51 }, (_, i) => `p${i}`)) }] as Record<
      string,
      string
    >[]) {
      const { status, body } = await stats(params);
      expect({ params, status }).toEqual({ params, status: 400 });
      expect(body).toMatchObject({ errorType: 'BadRequest', errorCode: 'INVALID_PARAMETER' });
      expect(String(body.message)).toContain('50');
    }
    const fifty = [POOL_ID, ...Array.from({ length: 49 }, (_, i) => `p${i}`)];
    const partial = await stats({ accountPoolIds: JSON.stringify(fifty) });
    expect(partial.status).toBe(207);
    expect(partial.body.status).toBe('success');
    expect(partial.body.data).toMatchObject({ accountCreditPoolStats: { [POOL_ID]: expect.objectContaining({ consumedCredits: expect.any(Number) }) } });
    expect(Object.keys(partial.body.data as object)).toEqual(['accountCreditPoolStats', 'summary']);
    expect(partial.body.warnings).toHaveLength(49);
    const exact = await stats({ accountPoolIds: `["${POOL_ID}"]` });
    expect(exact.status).toBe(200);
    expect(exact.body).toMatchObject({
      status: 'success',
      warnings: [],
      data: { summary: expect.objectContaining({ totalGrantCredits: expect.any(Number) }) },
    });
    expect((await stats({ accountPoolIds: '["nope"]' })).status).toBe(404);
  });
});

describe('sandbox: XOVI', () => {
  it('answers XML in the path form and the query form with an XML content type', async () => {
    const { baseUrls } = await sandbox();
    for (const url of [`${baseUrls.xovi}/user/getCreditstate/k/xml`, `${baseUrls.xovi}/user/getCreditstate?key=k&format=xml`]) {
      const { status, headers, text } = await get(url);
      expect(status).toBe(200);
      expect(headers.get('content-type')).toBe('application/xml');
      expect(text.trimStart().startsWith('<')).toBe(true);
    }
  });

  it('answers the param-missing envelope naming the key or the format', async () => {
    const { baseUrls } = await sandbox();
    const noKey = await get(`${baseUrls.xovi}/user/getCreditstate?format=json`);
    expect(noKey.status).toBe(400);
    expect(noKey.headers.get('content-type')).toBe('application/json');
    expect(noKey.body).toMatchObject({ apiErrorCode: 80, paramname: 'key' });
    const badFormat = await get(`${baseUrls.xovi}/user/getCreditstate/k/csv`);
    expect(badFormat.status).toBe(400);
    expect(badFormat.body).toMatchObject({ apiErrorCode: 80, paramname: 'format' });
    expect((await get(`${baseUrls.xovi}/user/getCreditstate?key=k`)).status).toBe(200);
  });
});

describe('sandbox: Maileon', () => {
  const path = '/partner/settings/prepaids/contingents';

  it('refuses a missing key (401), a newsletter account id that is not a number and bad paging (400)', async () => {
    const { baseUrls } = await sandbox();
    expect((await get(`${baseUrls.maileon}${path}?nl_account_id=1`)).status).toBe(401);
    for (const id of ['', 'x1', '1x', '-1']) {
      const { status, body } = await get(`${baseUrls.maileon}${path}?${q({ key: 'k', nl_account_id: id })}`);
      expect({ id, status }).toEqual({ id, status: 400 });
      expect(String(body.message)).toContain('nl_account_id');
    }
    for (const params of [{ page_index: '0' }, { page_size: '0' }, { page_size: '1001' }, { page_index: '1x' }] as Record<string, string>[]) {
      const { status, body } = await get(`${baseUrls.maileon}${path}?${q({ key: 'k', nl_account_id: '1', ...params })}`);
      expect({ params, status }).toEqual({ params, status: 400 });
      expect(String(body.message)).toContain('page_size');
    }
  });

  it('pages one contingent at a time with start, prev and next links that keep other parameters but not the key', async () => {
    const { baseUrls } = await sandbox();
    const page = (index: number, extra: Record<string, string> = {}) =>
      get(`${baseUrls.maileon}${path}?${q({ key: 'secret-maileon-key', nl_account_id: '7', page_index: String(index), ...extra })}`);
    const first = await page(1);
    expect(first.status).toBe(200);
    expect(first.body).toEqual([expect.objectContaining({ id: 321 })]);
    expect(first.headers.get('x-items')).toBe('3');
    expect(first.headers.get('x-pages')).toBe('3');
    const links = (first.headers.get('link') ?? '').split(', ');
    const expected = (n: number, rel: string) => `<${baseUrls.maileon}${path}?nl_account_id=7&page_index=${n}>; rel="${rel}"`;
    expect(links).toEqual([expected(1, 'start'), expected(2, 'next')]);
    const second = await page(2);
    expect(second.body).toEqual([expect.objectContaining({ id: 789 })]);
    expect((second.headers.get('link') ?? '').split(', ')).toEqual([expected(1, 'start'), expected(1, 'prev'), expected(3, 'next')]);
    const last = await page(3);
    expect(last.body).toEqual([expect.objectContaining({ id: 123 })]);
    expect((last.headers.get('link') ?? '').split(', ')).toEqual([expected(1, 'start'), expected(2, 'prev')]);
    expect((await page(4)).body).toEqual([]);
  });

  it('filters by known statuses and ignores unknown ones', async () => {
    const { baseUrls } = await sandbox();
    const running = await get(`${baseUrls.maileon}${path}?key=k&nl_account_id=1&status=running`);
    expect(running.body).toEqual([expect.objectContaining({ id: 123, status: 'running' })]);
    expect(running.headers.get('x-items')).toBe('1');
    expect(running.headers.get('link')).toContain('status=running');
    const unknown = await get(`${baseUrls.maileon}${path}?key=k&nl_account_id=1&status=bogus`);
    expect(unknown.headers.get('x-items')).toBe('3');
  });
});

describe('sandbox: masking credentials', () => {
  const stats = (baseUrl: string, ids: string[], headers: Record<string, string>) =>
    get(`${baseUrl}/customers/c/credit-stats?${q({ accountPoolIds: JSON.stringify([POOL_ID, ...ids]) })}`, { headers });

  it('masks the nue-api-key, the Authorization header, its token and the access key where the answer echoes them', async () => {
    const { baseUrls } = await sandbox();
    const byKey = await stats(baseUrls.nue, ['nue-secret-1'], NUE_KEY);
    expect(byKey.status).toBe(207);
    expect(byKey.text).not.toContain('nue-secret-1');
    const byToken = await stats(baseUrls.nue, ['tok-secret-123', 'acc-secret-9'], { authorization: 'Bearer   tok-secret-123', apiaccesskey: 'acc-secret-9' });
    expect(byToken.status).toBe(207);
    expect(byToken.body.warnings).toHaveLength(2);
    expect(byToken.text).not.toContain('tok-secret-123');
    expect(byToken.text).not.toContain('acc-secret-9');
    // an id that is no credential stays readable
    expect((await stats(baseUrls.nue, ['plain-id'], NUE_KEY)).text).toContain('plain-id');
  });

  it('masks a XOVI key of the path, percent-decoded, wherever it shows in the answer', async () => {
    const { baseUrls } = await sandbox();
    // a key that happens to be a word of the answer: the sandbox masks it however the answer came to hold it
    const answer = await get(`${baseUrls.xovi}/user/getCreditstate/credits%6Ceft/json`);
    expect(answer.status).toBe(200);
    expect(answer.text).toContain('creditsused');
    expect(answer.text).not.toContain('creditsleft');
  });

  it('takes a XOVI path key only from a path under the xovi prefix', async () => {
    const { origin } = await sandbox();
    const wrong = await get(`${origin}/nue/xovi/user/getCreditstate/credit/json`);
    expect(wrong.status).toBe(404);
    expect(wrong.body).toEqual({ message: 'The sandbox serves only the credit operations' });
  });

  it('answers a JSON 500 for a XOVI key that is not valid percent-encoding', async () => {
    const { baseUrls } = await sandbox();
    const broken = await get(`${baseUrls.xovi}/user/getCreditstate/%E0/json`);
    expect(broken.status).toBe(500);
    expect(broken.headers.get('content-type')).toBe('application/json');
    expect(broken.body).toEqual({ message: 'The sandbox failed to answer' });
  });

  it('sends an empty 401 to Maileon without a key even when the request carries another credential', async () => {
    const { baseUrls } = await sandbox();
    const refused = await get(`${baseUrls.maileon}/partner/settings/prepaids/contingents?nl_account_id=1`, { headers: NUE_KEY });
    expect(refused.status).toBe(401);
    expect(refused.text).toBe('');
  });

  it('masks the Maileon key in the links even when another parameter holds it', async () => {
    const { baseUrls } = await sandbox();
    const maileon = await get(`${baseUrls.maileon}/partner/settings/prepaids/contingents?${q({ key: 'mkey-xyz', nl_account_id: '1', status: 'mkey-xyz' })}`);
    expect(maileon.status).toBe(200);
    expect(maileon.headers.get('link')).toContain('status=');
    expect(maileon.headers.get('link')).not.toContain('mkey-xyz');
  });
});
