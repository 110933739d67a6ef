// What the errors of paging and of reading an answer say, word for word: a user reads the message
// (and a log line quotes it), so each one names the list, the page, the option or the body that
// went wrong. Maileon's contingents and prepaid status reach every branch against a local server.
import { createMaileonClient } from 'creditline/maileon';
import { describe, expect, it } from 'vitest';
import { CONTINGENTS_PATH, contingent, MAILEON_KEY, pageOf } from '../maileon/fake-maileon.js';
import { caught } from '../support/caught.js';
import { sendJson, useServer } from '../support/http-server.js';

const client = (baseUrl: string) => createMaileonClient({ apiKey: MAILEON_KEY, baseUrl, retry: { retries: 0 } });
const contingents = (baseUrl: string, options: { maxPages?: number; signal?: AbortSignal } = {}) =>
  client(baseUrl).listContingents({ nlAccountId: 1, ...options });

describe('paging errors', () => {
  it('too many pages: names the list and the cap', async () => {
    const server = await useServer((request, response) => sendJson(response, 200, [contingent(pageOf(request))], { 'x-pages': '9' }));
    const error = await caught(contingents(server.origin, { maxPages: 2 }).toArray({ max: 100 }));
    expect(error).toMatchObject({
      problem: 'too-many-pages',
      message: 'Maileon contingents: the server announced more than 2 pages; stopping (raise maxPages if that is real)',
    });
  });

  it('a next link already followed: names the page after which it came', async () => {
    const server = await useServer((request, response) =>
      sendJson(response, 200, [contingent(pageOf(request))], { link: `<${server.origin}${CONTINGENTS_PATH}?nl_account_id=1&page_index=2>; rel="next"` }),
    );
    const error = await caught(contingents(server.origin).toArray({ max: 100 }));
    expect(error).toMatchObject({
      problem: 'repeated-next-url',
      message: 'Maileon contingents: the server sent a next-page link that was already fetched (after page 2); stopping instead of looping',
    });
    expect(server.requests).toHaveLength(2);
  });

  it('an empty page reached by a relative next link: names its number', async () => {
    // `?page_index=2` is resolved against the page that named it, as a browser would.
    const server = await useServer((request, response) =>
      pageOf(request) === 1
        ? sendJson(response, 200, [contingent(1)], { link: '<?nl_account_id=1&page_index=2>; rel="next"' })
        : sendJson(response, 200, [], { link: '<?nl_account_id=1&page_index=3>; rel="next"' }),
    );
    const error = await caught(contingents(server.origin).toArray({ max: 100 }));
    expect(error).toMatchObject({
      problem: 'empty-page',
      message: 'Maileon contingents: page 2 is empty but the server announces more pages; stopping instead of walking empty pages',
    });
    expect(server.requests.map((request) => request.query.get('page_index'))).toEqual([null, '2']);
  });

  it('links without "next" end the list, even where x-pages announces more', async () => {
    const server = await useServer((_request, response) =>
      sendJson(response, 200, [contingent(1)], { link: `<${server.origin}${CONTINGENTS_PATH}?page_index=1>; rel="first"`, 'x-pages': '3' }),
    );
    expect(await contingents(server.origin).toArray({ max: 100 })).toHaveLength(1);
    expect(server.requests).toHaveLength(1);
  });

  it('a next link to another origin with the same path: refused before any request goes there', async () => {
    const other = await useServer((_request, response) => sendJson(response, 200, [contingent(2)]));
    const server = await useServer((_request, response) =>
      sendJson(response, 200, [contingent(1)], { link: `<${other.origin.replace('127.0.0.1', 'localhost')}${CONTINGENTS_PATH}?page_index=2>; rel="next"` }),
    );
    const error = await caught(contingents(server.origin).toArray({ max: 100 }));
    expect(error).toMatchObject({
      problem: 'foreign-next-url',
      message: `the next-page link points to another origin than ${server.origin}; not following it (credentials would go with it)`,
    });
    expect(other.requests).toHaveLength(0);
  });

  it('a next link that is no URL', async () => {
    const server = await useServer((_request, response) => sendJson(response, 200, [contingent(1)], { link: '<http://[::1>; rel="next"' }));
    const error = await caught(contingents(server.origin).toArray({ max: 100 }));
    expect(error).toMatchObject({ problem: 'malformed-next-url', message: 'the next-page link is not a valid URL; stopping' });
  });

  it('an aborted signal: names the list and the page it did not fetch', async () => {
    const server = await useServer((_request, response) => sendJson(response, 200, [contingent(1)]));
    const error = await caught(contingents(server.origin, { signal: AbortSignal.abort() }).toArray({ max: 100 }));
    expect(error).toMatchObject({ name: 'AbortError', message: 'paging Maileon contingents (page 1) was aborted' });
  });

  it('toArray beyond its cap: names the cap, and the server total when there is one', async () => {
    const unannounced = await useServer((request, response) =>
      sendJson(response, 200, [contingent(1), contingent(2)], pageOf(request) === 1 ? { link: '<?page_index=2>; rel="next"' } : {}),
    );
    expect(await caught(contingents(unannounced.origin).toArray({ max: 1 }))).toMatchObject({
      problem: 'too-many-items',
      message: 'toArray: more than 1 items; raise max or iterate with for await',
    });
    const announced = await useServer((_request, response) => sendJson(response, 200, [contingent(1), contingent(2)], { 'x-items': '2' }));
    expect(await caught(contingents(announced.origin).toArray({ max: 1 }))).toMatchObject({
      message: 'toArray: more than 1 items (the server reports 2); raise max or iterate with for await',
    });
  });

  it('a maxPages that is no whole number >= 1: names the option and the value', () => {
    expect(() => contingents('http://127.0.0.1:9', { maxPages: 0 })).toThrow(
      expect.objectContaining({ option: 'listContingents: maxPages', message: 'listContingents: maxPages must be a whole number >= 1, got 0' }),
    );
  });
});

describe('an answer a helper cannot read', () => {
  const STATUS_PATH = '/partner/settings/prepaids/status';
  it.each([
    ['blank', ' \n ', 'text/plain', 'the body is empty'],
    ['not JSON', '<html>', 'text/html', 'the body is not JSON (content-type text/html)'],
    ['not JSON, no content type', 'oops', undefined, 'the body is not JSON (content-type none)'],
    ['a number', '42', 'application/json', 'the body is a JSON number'],
  ])('%s: says what came and what was expected', async (_, body, contentType, got) => {
    const server = await useServer((_request, response) => {
      if (contentType) response.setHeader('content-type', contentType);
      response.end(body);
    });
    const error = await caught(client(server.origin).getPrepaidStatus({ nlAccountId: 1 }));
    expect(error).toMatchObject({
      name: 'ResponseParseError',
      message: `GET ${STATUS_PATH}: the response body could not be read: ${got}, expected the prepaid status (a JSON object)`,
    });
  });
});
