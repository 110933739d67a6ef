// What prefetching (PagingOptions.prefetch) must never ask for: a page while prefetch is off, a
// page beyond maxPages, a next link seen before, a second copy of the page ahead when a page's
// headers arrive twice (its body broke off and it was sent again). Each test counts the
// requests the server saw once the walk has ended.
import type { ServerResponse } from 'node:http';
import { createMaileonClient } from 'creditline/maileon';
import { createNueClient } from 'creditline/nue';
import { describe, expect, it } from 'vitest';
import { CUSTOMER, NUE_API_KEY, pool, useFakeNueCredits } from '../nue-client/fake-nue-credits.js';
import { caught } from '../support/caught.js';
import { type RecordedRequest, useServer } from '../support/http-server.js';
import { settle } from '../support/settle.js';
import { contingentPages, MAILEON_KEY, nextLink, pageOf, useFakeMaileon } from './fake-maileon.js';

const client = (baseUrl: string, retries = 0) => createMaileonClient({ apiKey: MAILEON_KEY, baseUrl, retry: { retries, baseDelayMs: 1, maxDelayMs: 5 } });

const askedPages = (requests: RecordedRequest[]) => requests.map(pageOf);

async function drain<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

describe('prefetch asks for no page it must not', () => {
  it('without prefetch, no page is asked for before the loop reaches it, on every page', async () => {
    const server = await useFakeMaileon({ pages: contingentPages(8, 2) });
    const askedWhenReached: number[] = [];
    for await (const item of client(server.origin).listContingents({ nlAccountId: 1 })) {
      if (item.id % 2 === 1) {
        await settle();
        askedWhenReached.push(server.requests.length);
      }
    }
    expect(askedWhenReached).toEqual([1, 2, 3, 4]);
  });

  it('no page beyond maxPages: a plain loop, toArray and a vendor that pages by number', async () => {
    const server = await useFakeMaileon({ pages: contingentPages(8, 2) });
    const loop = await caught(drain(client(server.origin).listContingents({ nlAccountId: 1, maxPages: 2, prefetch: true })));
    expect(loop).toMatchObject({ name: 'PaginationError', problem: 'too-many-pages' });
    await settle();
    expect(askedPages(server.requests)).toEqual([1, 2]);

    const listed = await useFakeMaileon({ pages: contingentPages(8, 2) });
    const all = await caught(client(listed.origin).listContingents({ nlAccountId: 1, maxPages: 2, prefetch: true }).toArray({ max: 100 }));
    expect(all).toMatchObject({ name: 'PaginationError', problem: 'too-many-pages' });
    await settle();
    expect(askedPages(listed.requests)).toEqual([1, 2]);

    const nue = await useFakeNueCredits({ pools: Array.from({ length: 6 }, (_, i) => pool(i + 1)) });
    const nueClient = createNueClient({ baseUrl: nue.origin, auth: { apiKey: NUE_API_KEY }, retry: { retries: 0 } });
    const pools = await caught(drain(nueClient.listAccountCreditPools({ customerId: CUSTOMER, limit: 2, maxPages: 2, prefetch: true })));
    expect(pools).toMatchObject({ name: 'PaginationError', problem: 'too-many-pages' });
    await settle();
    expect(nue.requests.map((request) => request.query.get('page'))).toEqual(['1', '2']);
  });

  it('a next link seen before is not asked for again; the walk stops on it', async () => {
    const [first, second] = contingentPages(4, 2);
    const server = await useServer((request, response) => {
      // Page 1 names page 2; page 2 names itself.
      const link = nextLink(server.origin, 2);
      response.writeHead(200, { 'content-type': 'application/json', link });
      response.end(JSON.stringify(pageOf(request) === 1 ? first : second));
    });
    const error = await caught(drain(client(server.origin).listContingents({ nlAccountId: 1, prefetch: true })));
    expect(error).toMatchObject({ name: 'PaginationError', problem: 'repeated-next-url' });
    await settle();
    expect(askedPages(server.requests)).toEqual([1, 2]);
  });

  it("one page ahead, once, when a page's body broke off and the page was sent again", async () => {
    const pages = contingentPages(6, 2);
    let brokenOnce = false;
    const server = await useServer((request, response) => {
      const page = pageOf(request);
      const link = page < 3 ? nextLink(server.origin, page + 1) : '';
      const body = JSON.stringify(pages[page - 1]);
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(body.length), ...(link ? { link } : {}) });
      if (page === 2 && !brokenOnce) {
        brokenOnce = true;
        return cutOff(response, body);
      }
      response.end(body);
    });
    const items = await drain(client(server.origin, 1).listContingents({ nlAccountId: 1, prefetch: true }));
    expect(items.map((item) => item.id)).toEqual([1, 2, 3, 4, 5, 6]);
    await settle();
    expect(askedPages(server.requests).sort()).toEqual([1, 2, 2, 3]);
  });
});

/** Half of the body, then the connection is destroyed (the headers are out already). */
function cutOff(response: ServerResponse, body: string): void {
  response.write(body.slice(0, Math.floor(body.length / 2)));
  setTimeout(() => response.socket?.destroy(), 20);
}
