// The opt-in prefetch of paging helpers (PagingOptions.prefetch): the next page is asked for as
// soon as this one is read, while the loop is still on its items; items still arrive once and in order, a loop that stops early
// has caused at most one page more, and a prefetched page's failure shows only if the loop gets there.
import { createMaileonClient, isApiError } from 'creditline/maileon';
import { createNueClient } from 'creditline/nue';
import { describe, expect, it } from 'vitest';
import { CUSTOMER, NUE_API_KEY, pool, useFakeNueCredits } from '../nue-client/fake-nue-credits.js';
import { caught } from '../support/caught.js';
import { sendJson, useServer } from '../support/http-server.js';
import { settle } from '../support/settle.js';
import { contingentPages, MAILEON_KEY, nextLink, pageOf, useFakeMaileon } from './fake-maileon.js';

const client = (baseUrl: string) => createMaileonClient({ apiKey: MAILEON_KEY, baseUrl, retry: { retries: 0 } });

/** Resolves once `condition` holds; fails the test if it never does. */
async function until(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 5) {
    if (waited > 5000) throw new Error(`never happened: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('prefetch', () => {
  it('asks for the next page while the loop is still on the first item, and yields every item once, in order', async () => {
    const server = await useFakeMaileon({ pages: contingentPages(9, 2) });
    const ids: number[] = [];
    for await (const item of client(server.origin).listContingents({ nlAccountId: 1, prefetch: true })) {
      if (item.id === 1) await until(() => server.requests.length === 2, 'page 2 asked for during page 1');
      ids.push(item.id);
    }
    expect(ids).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(server.requests.map(pageOf)).toEqual([1, 2, 3, 4, 5]);
  });

  it('is off by default: page 2 is asked for only when the loop needs it', async () => {
    const server = await useFakeMaileon({ pages: contingentPages(4, 2) });
    for await (const item of client(server.origin).listContingents({ nlAccountId: 1 })) {
      if (item.id === 1) {
        await settle();
        expect(server.requests).toHaveLength(1);
      }
    }
    expect(server.requests).toHaveLength(2);
  });

  it('a loop that breaks has caused at most one page more', async () => {
    const server = await useFakeMaileon({ pages: contingentPages(10, 2) });
    for await (const item of client(server.origin).listContingents({ nlAccountId: 1, prefetch: true })) {
      if (item.id === 3) break;
    }
    await settle();
    expect(server.requests.map(pageOf)).toEqual([1, 2, 3]);
  });

  it('toArray prefetches only pages it can use', async () => {
    const server = await useFakeMaileon({ pages: contingentPages(6, 2) });
    const error = await caught(client(server.origin).listContingents({ nlAccountId: 1, prefetch: true }).toArray({ max: 4 }));
    expect(error).toMatchObject({ name: 'PaginationError', problem: 'too-many-items' });
    await settle();
    expect(server.requests).toHaveLength(2);
    expect((await client(server.origin).listContingents({ nlAccountId: 1, prefetch: true }).toArray({ max: 6 })).map((c) => c.id)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('a prefetched page that fails is thrown when the loop reaches it, and never if the loop stops first', async () => {
    const [first] = contingentPages(2, 2);
    const failing = await useServer((request, response) => {
      if (pageOf(request) === 2) return sendJson(response, 500, { error: 'page 2 is down' });
      sendJson(response, 200, first, { link: nextLink(failing.origin, 2) });
    });
    const ids: number[] = [];
    const error = await caught(
      (async () => {
        for await (const item of client(failing.origin).listContingents({ nlAccountId: 1, prefetch: true })) ids.push(item.id);
      })(),
    );
    expect(ids).toEqual([1, 2]);
    expect(isApiError(error) && error.status).toBe(500);

    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => rejections.push(reason);
    process.on('unhandledRejection', onRejection);
    try {
      for await (const item of client(failing.origin).listContingents({ nlAccountId: 1, prefetch: true })) if (item.id === 1) break;
      await until(() => failing.requests.length === 4, 'the prefetched page 2 answered');
      await new Promise((resolve) => setTimeout(resolve, 20));
    } finally {
      process.off('unhandledRejection', onRejection);
    }
    expect(rejections).toEqual([]);
  });

  it('works for Nue page/limit paging too', async () => {
    const nue = await useFakeNueCredits({ pools: Array.from({ length: 5 }, (_, i) => pool(i + 1)) });
    const client = createNueClient({ baseUrl: nue.origin, auth: { apiKey: NUE_API_KEY }, retry: { retries: 0 } });
    const ids: string[] = [];
    for await (const item of client.listAccountCreditPools({ customerId: CUSTOMER, limit: 2, prefetch: true })) ids.push(String(item.id));
    expect(ids).toHaveLength(5);
    expect(new Set(ids).size).toBe(5);
  });
});
