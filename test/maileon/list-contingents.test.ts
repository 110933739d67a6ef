import { type Contingent, createMaileonClient, isApiError, isConfigurationError, isResponseParseError, type MaileonClientOptions } from 'creditline/maileon';
import { describe, expect, it } from 'vitest';
import { caught } from '../support/caught.js';
import { sendJson, sendRaw, useServer } from '../support/http-server.js';
import { expectNoSecrets } from '../support/secrets.js';
import { CONTINGENTS_PATH, contingent, contingentPages, MAILEON_KEY, pageOf, useFakeMaileon } from './fake-maileon.js';

const client = (baseUrl: string, options: Partial<MaileonClientOptions> = {}) =>
  createMaileonClient({ apiKey: MAILEON_KEY, baseUrl, retry: { retries: 0 }, ...options });

async function collectIds(iterable: AsyncIterable<Contingent>): Promise<number[]> {
  const ids: number[] = [];
  for await (const item of iterable) ids.push(item.id);
  return ids;
}

describe('Maileon listContingents', () => {
  it('follows rel="next" in separate Link lines (with prev and start) over three pages, sending the key, the filters and 1000 per page', async () => {
    const server = await useFakeMaileon({ pages: contingentPages(6, 2) });
    const result = client(server.origin).listContingents({ nlAccountId: 12345, status: ['running', 'expired'] });
    expect(result.totals).toBeUndefined();
    expect(await collectIds(result)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(result.totals).toEqual({ items: 6, pages: 3 });
    expect(server.requests.map(pageOf)).toEqual([1, 2, 3]);
    const [first] = server.requests;
    expect(first?.path).toBe(CONTINGENTS_PATH);
    expect(first?.query.get('nl_account_id')).toBe('12345');
    expect(first?.query.get('page_size')).toBe('1000');
    expect(first?.query.getAll('status')).toEqual(['running', 'expired']);
    for (const request of server.requests) expect(request.query.get('key')).toBe(MAILEON_KEY);
  });

  it('reads the links joined on one line too', async () => {
    const server = await useFakeMaileon({ pages: contingentPages(6, 2), links: 'one-line' });
    expect(await collectIds(client(server.origin).listContingents({ nlAccountId: 1 }))).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('follows an http:// next link to its own host over https, never over plain http', async () => {
    const server = await useFakeMaileon({ pages: contingentPages(3, 1), linkOrigin: (s) => s.origin });
    const asked: string[] = [];
    // The test server speaks plain HTTP: this fetch records what the client asked for and then reaches it.
    const viaHttps = createMaileonClient({
      apiKey: MAILEON_KEY,
      baseUrl: server.origin.replace('http:', 'https:'),
      fetch: (request, init) => {
        asked.push(request.url);
        return fetch(new Request(request.url.replace('https:', 'http:'), request), init);
      },
    });
    expect(await collectIds(viaHttps.listContingents({ nlAccountId: 7 }))).toEqual([1, 2, 3]);
    expect(asked).toHaveLength(3);
    for (const url of asked) expect(url.startsWith('https://127.0.0.1:')).toBe(true);
  });

  it('falls back to page_index when there is only x-pages', async () => {
    const pages = contingentPages(6, 2);
    const server = await useServer((req, res) => sendJson(res, 200, pages[pageOf(req) - 1] ?? [], { 'x-items': '6', 'x-pages': '3' }));
    expect(await collectIds(client(server.origin).listContingents({ nlAccountId: 12345 }))).toEqual([1, 2, 3, 4, 5, 6]);
    expect(server.requests.map((r) => r.query.get('page_index'))).toEqual([null, '2', '3']);
  });

  it('fetches no further page after the loop breaks', async () => {
    const server = await useFakeMaileon({ pages: contingentPages(6, 2) });
    const seen: number[] = [];
    for await (const item of client(server.origin).listContingents({ nlAccountId: 12345 })) {
      seen.push(item.id);
      if (item.id === 3) break;
    }
    expect(seen).toEqual([1, 2, 3]);
    expect(server.requests).toHaveLength(2);
  });

  it('toArray returns everything within the cap and refuses to drop items beyond it', async () => {
    const server = await useFakeMaileon({ pages: contingentPages(6, 2) });
    expect((await client(server.origin).listContingents({ nlAccountId: 12345 }).toArray({ max: 6 })).map((c) => c.id)).toEqual([1, 2, 3, 4, 5, 6]);
    const error = await caught(client(server.origin).listContingents({ nlAccountId: 12345 }).toArray({ max: 5 }));
    expect(error).toMatchObject({ name: 'PaginationError', problem: 'too-many-items' });
    expect((error as Error).message).toContain('6');
  });

  it('toArray fetches no page it could not use: with max reached and more announced it stops at once', async () => {
    const server = await useFakeMaileon({ pages: contingentPages(6, 2) });
    const error = await caught(client(server.origin).listContingents({ nlAccountId: 1 }).toArray({ max: 4 }));
    expect(error).toMatchObject({ name: 'PaginationError', problem: 'too-many-items' });
    expect(server.requests).toHaveLength(2);
  });

  it('stops with a PaginationError when the server repeats a next URL', async () => {
    const server = await useServer((_req, res) =>
      sendJson(res, 200, [contingent(1)], { link: `<${server.origin}${CONTINGENTS_PATH}?nl_account_id=1&page=2>; rel="next"` }),
    );
    const error = await caught(collectIds(client(server.origin).listContingents({ nlAccountId: 1 })));
    expect(error).toMatchObject({ name: 'PaginationError', problem: 'repeated-next-url' });
    expect(server.requests).toHaveLength(2);
  });

  it('refuses a next link to another host, which would carry the key away', async () => {
    const server = await useServer((_req, res) => sendJson(res, 200, [contingent(1)], { link: '<http://127.0.0.2:9/elsewhere?page=2>; rel="next"' }));
    const error = await caught(collectIds(client(server.origin).listContingents({ nlAccountId: 1 })));
    expect(error).toMatchObject({ name: 'PaginationError', problem: 'foreign-next-url' });
    expect(server.requests).toHaveLength(1);
  });

  it('refuses a next link to another path of the same origin: it is not a page of this list', async () => {
    const server = await useServer((_req, res) =>
      sendJson(res, 200, [contingent(1)], { link: `<${server.origin}/partner/settings/prepaids/status?page=2>; rel="next"` }),
    );
    const error = await caught(collectIds(client(server.origin).listContingents({ nlAccountId: 1 })));
    expect(error).toMatchObject({
      name: 'PaginationError',
      problem: 'foreign-next-url',
      message: `the next-page link points to another path than /partner/settings/prepaids/contingents; not following it (credentials would go with it)`,
    });
    expect(server.requests).toHaveLength(1);
  });

  it('follows a next link under a base URL with a path of its own', async () => {
    const server = await useServer((req, res) =>
      req.query.get('page') === '2'
        ? sendJson(res, 200, [contingent(2)])
        : sendJson(res, 200, [contingent(1)], { link: `<${server.origin}/api/partner/settings/prepaids/contingents?page=2>; rel="next"` }),
    );
    expect(await collectIds(client(`${server.origin}/api/`).listContingents({ nlAccountId: 1 }))).toEqual([1, 2]);
    expect(server.requests.map((request) => request.path)).toEqual([
      '/api/partner/settings/prepaids/contingents',
      '/api/partner/settings/prepaids/contingents',
    ]);
  });

  it('stops with a PaginationError, never a bare TypeError, on a malformed next link', async () => {
    for (const link of ['<http://[::1>; rel="next"', '<http://127.0.0.1:99999/x>; rel="next"']) {
      const server = await useServer((_req, res) => sendJson(res, 200, [contingent(1)], { link }));
      const error = await caught(collectIds(client(server.origin).listContingents({ nlAccountId: 1 })));
      expect(error).toMatchObject({ name: 'PaginationError', problem: 'malformed-next-url' });
      expectNoSecrets(error, [MAILEON_KEY]);
    }
  });

  it('stops on an empty page while more pages are announced, and after maxPages', async () => {
    const endless = await useServer((req, res) => sendJson(res, 200, pageOf(req) === 1 ? [contingent(1)] : [], { 'x-pages': '1000000000' }));
    const empty = await caught(collectIds(client(endless.origin).listContingents({ nlAccountId: 1 })));
    expect(empty).toMatchObject({ name: 'PaginationError', problem: 'empty-page' });
    expect(endless.requests).toHaveLength(2);

    const many = await useServer((req, res) => sendJson(res, 200, [contingent(pageOf(req))], { 'x-pages': '1000000000' }));
    const capped = await caught(collectIds(client(many.origin).listContingents({ nlAccountId: 1, maxPages: 5 })));
    expect(capped).toMatchObject({ name: 'PaginationError', problem: 'too-many-pages' });
    expect(many.requests).toHaveLength(5);
  });

  it('stops paging when the signal aborts between pages', async () => {
    const server = await useFakeMaileon({ pages: contingentPages(6, 2) });
    const controller = new AbortController();
    const seen: number[] = [];
    const error = await caught(
      (async () => {
        for await (const item of client(server.origin).listContingents({ nlAccountId: 12345, signal: controller.signal })) {
          seen.push(item.id);
          if (item.id === 2) controller.abort();
        }
      })(),
    );
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(seen).toEqual([1, 2]);
    expect(server.requests).toHaveLength(1);
  });

  it('reports a rejected key as ApiError with the key masked everywhere', async () => {
    const server = await useServer((_req, res) => sendJson(res, 401, { message: `invalid key ${MAILEON_KEY}` }));
    const error = await caught(client(server.origin).listContingents({ nlAccountId: 1 }).toArray({ max: 10 }));
    expect(isApiError(error)).toBe(true);
    expect(error).toMatchObject({ status: 401, pathTemplate: CONTINGENTS_PATH, body: { message: 'invalid key ***' } });
    expect((error as { url: string }).url).toBe(`${server.origin}${CONTINGENTS_PATH}?nl_account_id=1&page_size=1000&key=***`);
    expectNoSecrets(error, [MAILEON_KEY]);
  });

  it('throws from the pager even when the client was made with throwOnError: false, on the first and on a linked page', async () => {
    const first = await useServer((_req, res) => sendJson(res, 500, { message: 'down' }));
    expect(await caught(client(first.origin, { throwOnError: false }).listContingents({ nlAccountId: 1 }).toArray({ max: 10 }))).toMatchObject({
      name: 'ApiError',
      status: 500,
    });
    const second = await useServer((req, res) =>
      pageOf(req) === 1
        ? sendJson(res, 200, [contingent(1)], { link: `<${second.origin}${CONTINGENTS_PATH}?page=2>; rel="next"` })
        : sendJson(res, 500, { message: 'down' }),
    );
    expect(await caught(client(second.origin, { throwOnError: false }).listContingents({ nlAccountId: 1 }).toArray({ max: 10 }))).toMatchObject({
      name: 'ApiError',
      status: 500,
    });
  });

  it('refuses pages that are not arrays of objects', async () => {
    for (const body of ['{"id":1}', '[1,2]', '[null]', '[[]]']) {
      const server = await useServer((_req, res) => sendRaw(res, 200, body, { 'content-type': 'application/json' }));
      expect(isResponseParseError(await caught(client(server.origin).listContingents({ nlAccountId: 1 }).toArray({ max: 10 })))).toBe(true);
    }
  });

  it('passes status values outside the enum through as given', async () => {
    const server = await useFakeMaileon({ pages: contingentPages(1, 1) });
    await client(server.origin)
      .listContingents({ nlAccountId: 1, status: ['active' as 'running'] })
      .toArray({ max: 1 });
    expect(server.requests[0]?.query.getAll('status')).toEqual(['active']);
  });

  it('rejects a bad account id or page size before sending anything', () => {
    const maileon = client('http://127.0.0.1:9');
    for (const options of [{ nlAccountId: Number.NaN }, { nlAccountId: 1, pageSize: 0 }, { nlAccountId: 1, pageSize: 1001 }, { nlAccountId: 1, maxPages: 0 }]) {
      let error: unknown;
      try {
        maileon.listContingents(options);
      } catch (e) {
        error = e;
      }
      expect(isConfigurationError(error)).toBe(true);
    }
  });
});
