// Edges of paging that a server or a caller can reach: Link headers in the less common but valid
// forms of RFC 8288, totals headers that are not plain counts, and bad caps and limits.
import { createMaileonClient, isConfigurationError } from 'creditline/maileon';
import { describe, expect, it } from 'vitest';
import { findLink, parseLinkHeader } from '../../src/core/pagination/link-header.js';
import { CONTINGENTS_PATH, contingent, contingentPages, MAILEON_KEY, useFakeMaileon } from '../maileon/fake-maileon.js';
import { caught } from '../support/caught.js';
import { sendJson, useServer } from '../support/http-server.js';

const client = (baseUrl: string) => createMaileonClient({ apiKey: MAILEON_KEY, baseUrl, retry: { retries: 0 } });

describe('parseLinkHeader, less common forms', () => {
  it('trims spaces inside the angle brackets', () => {
    expect(parseLinkHeader('< https://a.example/2 >; rel=next')).toEqual([{ uri: 'https://a.example/2', rel: ['next'] }]);
  });

  it('keeps a comma that ends the URI inside the brackets', () => {
    expect(parseLinkHeader('<https://a.example/,>; rel="next"')).toEqual([{ uri: 'https://a.example/,', rel: ['next'] }]);
  });

  it('reads past an escaped quote inside a quoted value, and spaces around "="', () => {
    expect(parseLinkHeader('<https://a.example/2>; title = "say \\"hi\\"; rel=prev"; rel = next')).toEqual([{ uri: 'https://a.example/2', rel: ['next'] }]);
  });

  it('splits relation types on runs of white space and drops empty ones', () => {
    expect(parseLinkHeader('<https://a.example/2>; rel="  next \t last "')[0]?.rel).toEqual(['next', 'last']);
  });

  it('takes a bare token value up to the next ";" or ","', () => {
    expect(parseLinkHeader('<https://a.example/1>; rel=next;title=one, <https://a.example/2>; rel=prev')).toEqual([
      { uri: 'https://a.example/1', rel: ['next'] },
      { uri: 'https://a.example/2', rel: ['prev'] },
    ]);
    expect(parseLinkHeader('<https://a.example/1>; rel=next,prev')[0]?.rel).toEqual(['next']);
  });

  it('reads past a parameter without a value and a nameless one, and drops a link with an empty URI', () => {
    expect(parseLinkHeader('<https://a.example/2>; crossorigin; rel=next')[0]?.rel).toEqual(['next']);
    expect(parseLinkHeader('<https://a.example/2>; ="x"; rel=next')[0]?.rel).toEqual(['next']);
    expect(parseLinkHeader('<>; rel=next, < >; rel=prev, <https://a.example/3>; rel=last')).toEqual([{ uri: 'https://a.example/3', rel: ['last'] }]);
    expect(parseLinkHeader('<https://a.example/2>; title; rel; rel=next')[0]?.rel).toEqual([]);
  });

  it('stops at a link that never closes, keeping the ones before it', () => {
    expect(parseLinkHeader('<https://a.example/2>; rel=next, <https://a.example/3; rel=last').map((link) => link.uri)).toEqual(['https://a.example/2']);
    expect(findLink(parseLinkHeader('rel=next'), 'next')).toBeUndefined();
  });

  it('reads a hostile header in one pass: 64 kB of unclosed "<" or of an unclosed quote', () => {
    // A link that never closes is not tried again from each "<" inside it: that would take seconds here.
    for (const header of ['<'.repeat(65_536), `<https://a.example/2>; title="${'<'.repeat(65_536)}`]) {
      const started = performance.now();
      expect(parseLinkHeader(header).map((link) => link.rel)).toEqual(header.startsWith('<h') ? [[]] : []);
      expect(performance.now() - started).toBeLessThan(100);
    }
  });
});

describe('paging totals and limits', () => {
  it('reads x-items and x-pages only when they are whole numbers', async () => {
    for (const [header, expected] of [
      [' 3 ', 3],
      ['3a', undefined],
      ['a3', undefined],
      ['-1', undefined],
      ['', undefined],
    ] as const) {
      const server = await useServer((_request, response) => sendJson(response, 200, [contingent(1)], { 'x-items': header, 'x-pages': header }));
      const pages = client(server.origin).listContingents({ nlAccountId: 1 });
      await pages.toArray({ max: 10 });
      expect(pages.totals).toEqual({ items: expected, pages: expected });
    }
  });

  it('refuses a toArray cap that is negative, not whole or missing, and takes 0', async () => {
    const server = await useFakeMaileon({ pages: contingentPages(2, 2) });
    for (const max of [-1, 1.5, Number.NaN]) {
      const error = await caught(client(server.origin).listContingents({ nlAccountId: 1 }).toArray({ max }));
      expect(isConfigurationError(error) && error.option).toBe('toArray: max');
    }
    // From JavaScript, with no options at all: the same error, not a TypeError from destructuring.
    const untyped = client(server.origin).listContingents({ nlAccountId: 1 }) as unknown as { toArray(): Promise<unknown> };
    const missing = await caught(untyped.toArray());
    expect(isConfigurationError(missing) && missing.message).toBe('toArray: max must be a whole number >= 0, got undefined');
    expect(server.requests).toHaveLength(0);
    const none = await caught(client(server.origin).listContingents({ nlAccountId: 1 }).toArray({ max: 0 }));
    expect(none).toMatchObject({ name: 'PaginationError', problem: 'too-many-items' });
    expect((none as Error).message).toContain('the server reports 2');
  });

  it('maxPages: 1 is allowed and stops before a second page; 0 and 1.5 are refused', async () => {
    const server = await useFakeMaileon({ pages: contingentPages(4, 2) });
    const error = await caught(client(server.origin).listContingents({ nlAccountId: 1, maxPages: 1 }).toArray({ max: 10 }));
    expect(error).toMatchObject({ name: 'PaginationError', problem: 'too-many-pages' });
    expect(server.requests).toHaveLength(1);
    for (const maxPages of [0, 1.5]) {
      expect(() => client(server.origin).listContingents({ nlAccountId: 1, maxPages })).toThrow(
        expect.objectContaining({ option: 'listContingents: maxPages' }),
      );
    }
  });

  it('page sizes 1 and 1000 are allowed, 0 and 1001 refused, naming the option', async () => {
    const server = await useFakeMaileon({ pages: contingentPages(1, 1) });
    expect(await client(server.origin).listContingents({ nlAccountId: 1, pageSize: 1 }).toArray({ max: 5 })).toHaveLength(1);
    expect(server.requests[0]?.query.get('page_size')).toBe('1');
    for (const pageSize of [0, 1001, 2.5]) {
      expect(() => client(server.origin).listContingents({ nlAccountId: 1, pageSize })).toThrow(
        expect.objectContaining({ option: 'listContingents: pageSize' }),
      );
    }
    expect(() => client(server.origin).listContingents({ nlAccountId: 1.5 })).toThrow(expect.objectContaining({ option: 'listContingents: nlAccountId' }));
  });

  it('an aborted signal stops before the first page', async () => {
    const server = await useServer((_request, response) =>
      sendJson(response, 200, [contingent(1)], { link: `<${server.origin}${CONTINGENTS_PATH}?page=2>; rel="next"` }),
    );
    const error = await caught(
      client(server.origin)
        .listContingents({ nlAccountId: 1, signal: AbortSignal.abort(new Error('stop')) })
        .toArray({ max: 5 }),
    );
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(server.requests).toHaveLength(0);
  });
});
