import { afterEach, describe, expect, it } from 'vitest';
import { createMaileonClient, isApiError, isPaginationError, type Contingent } from 'creditline/maileon';
import { sendJson, startServer, type RecordedRequest, type TestServer } from '../support/http-server.js';
import { expectNoSecrets } from '../support/secrets.js';

const API_KEY = 'maileon-secret-key-0815';
const PATH = '/partner/settings/prepaids/contingents';

function contingent(id: number): Contingent {
  return {
    id,
    name: `Contingent ${id}`,
    status: 'running',
    contingentValue: 1000,
    availableValue: 990,
    usedValue: 10,
    newsletterAccountId: 12345,
    author: 'max.mustermann@xqueue.de',
    created: '2017-11-02T10:20:05+01:00',
    updated: '2017-12-12T18:11:00+01:00',
    expiryDate: '1970-01-01T01:00:00+01:00',
  };
}

/** Three pages of two contingents: ids 1-2, 3-4, 5-6. */
const pages = [[contingent(1), contingent(2)], [contingent(3), contingent(4)], [contingent(5), contingent(6)]];

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function pageOf(request: RecordedRequest, param: string): number {
  return Number(new URL(request.url, 'http://x').searchParams.get(param) ?? '1');
}

/** Pages addressed by a `page` parameter that only the Link header knows about. */
async function serverWithLinks() {
  server = await startServer((req, res) => {
    const page = pageOf(req, 'page');
    const link = (n: number) => `<${server?.origin}${PATH}?nl_account_id=12345&page=${n}>`;
    const links = [`${link(1)}; rel="start"`];
    if (page < pages.length) links.push(`${link(page + 1)}; rel="next"`);
    sendJson(res, 200, pages[page - 1], { 'x-items': '6', 'x-pages': '3', link: links.join(', ') });
  });
  return createMaileonClient({ apiKey: API_KEY, baseUrl: server.origin });
}

/** Pages addressed by page_index, announced only by x-pages. */
async function serverWithPageCountOnly() {
  server = await startServer((req, res) => {
    const page = pageOf(req, 'page_index');
    sendJson(res, 200, pages[page - 1] ?? [], { 'x-items': '6', 'x-pages': '3' });
  });
  return createMaileonClient({ apiKey: API_KEY, baseUrl: server.origin });
}

async function collectIds(iterable: AsyncIterable<Contingent>): Promise<number[]> {
  const ids: number[] = [];
  for await (const item of iterable) ids.push(item.id);
  return ids;
}

describe('Maileon listContingents', () => {
  it('follows rel="next" links over three pages, sending the key and the filters', async () => {
    const maileon = await serverWithLinks();
    const result = maileon.listContingents({ nlAccountId: 12345, status: ['running', 'expired'] });
    expect(result.totals).toBeUndefined();
    expect(await collectIds(result)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(result.totals).toEqual({ items: 6, pages: 3 });
    expect(server?.requests).toHaveLength(3);
    const first = new URL(server?.requests[0]?.url ?? '', 'http://x');
    expect(first.pathname).toBe(PATH);
    expect(first.searchParams.get('nl_account_id')).toBe('12345');
    expect(first.searchParams.getAll('status')).toEqual(['running', 'expired']);
    for (const request of server?.requests ?? []) expect(new URL(request.url, 'http://x').searchParams.get('key')).toBe(API_KEY);
  });

  it('falls back to page_index when there is only x-pages', async () => {
    const maileon = await serverWithPageCountOnly();
    expect(await collectIds(maileon.listContingents({ nlAccountId: 12345 }))).toEqual([1, 2, 3, 4, 5, 6]);
    expect(server?.requests.map((r) => pageOf(r, 'page_index'))).toEqual([1, 2, 3]);
  });

  it('fetches no further page after the loop breaks', async () => {
    const maileon = await serverWithLinks();
    const seen: number[] = [];
    for await (const item of maileon.listContingents({ nlAccountId: 12345 })) {
      seen.push(item.id);
      if (item.id === 3) break;
    }
    expect(seen).toEqual([1, 2, 3]);
    expect(server?.requests).toHaveLength(2);
  });

  it('toArray returns everything within the cap and refuses to drop items beyond it', async () => {
    const maileon = await serverWithPageCountOnly();
    expect((await maileon.listContingents({ nlAccountId: 12345 }).toArray({ max: 6 })).map((c) => c.id)).toEqual([1, 2, 3, 4, 5, 6]);
    const error = await maileon.listContingents({ nlAccountId: 12345 }).toArray({ max: 5 }).catch((e: unknown) => e);
    expect(isPaginationError(error)).toBe(true);
    expect(error).toMatchObject({ problem: 'too-many-items' });
    expect((error as Error).message).toContain('6');
  });

  it('stops with a PaginationError when the server repeats a next URL', async () => {
    server = await startServer((_req, res) => {
      sendJson(res, 200, [contingent(1)], { link: `<${server?.origin}${PATH}?nl_account_id=1&page=2>; rel="next"` });
    });
    const maileon = createMaileonClient({ apiKey: API_KEY, baseUrl: server.origin });
    const error = await collectIds(maileon.listContingents({ nlAccountId: 1 })).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'PaginationError', problem: 'repeated-next-url' });
    expect(server.requests).toHaveLength(2);
  });

  it('refuses a next link to another origin, which would carry the key away', async () => {
    server = await startServer((_req, res) => {
      sendJson(res, 200, [contingent(1)], { link: '<http://127.0.0.2:9/elsewhere?page=2>; rel="next"' });
    });
    const maileon = createMaileonClient({ apiKey: API_KEY, baseUrl: server.origin });
    const error = await collectIds(maileon.listContingents({ nlAccountId: 1 })).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'PaginationError', problem: 'foreign-next-url' });
    expect(server.requests).toHaveLength(1);
  });

  it('stops paging when the signal aborts between pages', async () => {
    const maileon = await serverWithLinks();
    const controller = new AbortController();
    const seen: number[] = [];
    const error = await (async () => {
      for await (const item of maileon.listContingents({ nlAccountId: 12345, signal: controller.signal })) {
        seen.push(item.id);
        if (item.id === 2) controller.abort();
      }
    })().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(seen).toEqual([1, 2]);
    expect(server?.requests).toHaveLength(1);
  });

  it('reports a rejected key as ApiError with the key masked everywhere', async () => {
    server = await startServer((_req, res) => sendJson(res, 401, { message: `invalid key ${API_KEY}` }));
    const maileon = createMaileonClient({ apiKey: API_KEY, baseUrl: server.origin });
    const error = await maileon.listContingents({ nlAccountId: 1 }).toArray({ max: 10 }).catch((e: unknown) => e);
    expect(isApiError(error)).toBe(true);
    expect(error).toMatchObject({ status: 401, pathTemplate: PATH, body: { message: 'invalid key ***' } });
    expect((error as { url: string }).url).toBe(`${server.origin}${PATH}?nl_account_id=1`);
    expectNoSecrets(error, [API_KEY]);
  });

  it('rejects a non-integer account id before sending anything', () => {
    const maileon = createMaileonClient({ apiKey: API_KEY, baseUrl: 'http://127.0.0.1:9' });
    expect(() => maileon.listContingents({ nlAccountId: Number.NaN })).toThrow(/nlAccountId/);
  });
});
