// A Maileon on 127.0.0.1 that pages contingents the way its documentation shows: `x-items` and
// `x-pages`, and `Link` headers with rel="next", "prev" and "start", each as its own header line
// and with `http://` URLs (spec/maileon/CURATION.md, M2), and answers the prepaid status.
import type { ServerResponse } from 'node:http';
import type { Contingent } from 'creditline/maileon';
import { type RecordedRequest, type TestServer, useServer } from '../support/http-server.js';

export const MAILEON_KEY = 'maileon-secret-key-0815';
export const CONTINGENTS_PATH = '/partner/settings/prepaids/contingents';
export const PREPAID_STATUS_PATH = '/partner/settings/prepaids/status';

export function contingent(id: number): Contingent {
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

/** `count` contingents with ids 1…count, split into pages of `perPage`. */
export function contingentPages(count: number, perPage: number): Contingent[][] {
  const pages: Contingent[][] = [];
  for (let id = 1; id <= count; id += perPage) pages.push(Array.from({ length: Math.min(perPage, count - id + 1) }, (_, i) => contingent(id + i)));
  return pages;
}

/** A Link header naming `page` of account 1's contingents as the next page, on `origin`. */
export function nextLink(origin: string, page: number): string {
  return `<${origin}${CONTINGENTS_PATH}?nl_account_id=1&page=${page}>; rel="next"`;
}

export type LinkStyle = 'separate-lines' | 'one-line' | 'none';

export interface FakeMaileonOptions {
  pages: Contingent[][];
  /** How the Link headers come (default: one header line per link, as the vendor page shows). */
  links?: LinkStyle;
  /** The origin written into the links (default the server's own; Maileon's examples use http:// for an https service). */
  linkOrigin?: (server: TestServer) => string;
  /** The answer to the prepaid status (default 200 `{ active: true }`). */
  prepaidStatus?: { status: number; body: unknown };
}

/** The requests for pages of contingents, without the prepaid status read. */
export function contingentRequests(server: TestServer): RecordedRequest[] {
  return server.requests.filter((request) => request.path === CONTINGENTS_PATH);
}

export function pageOf(request: RecordedRequest): number {
  return Number(request.query.get('page') ?? request.query.get('page_index') ?? '1');
}

export async function useFakeMaileon(options: FakeMaileonOptions): Promise<TestServer> {
  const { pages } = options;
  const server = await useServer((request, response) => {
    if (request.path === PREPAID_STATUS_PATH) {
      const { status, body } = options.prepaidStatus ?? { status: 200, body: { active: true } };
      response.writeHead(status, { 'content-type': 'application/json' });
      return response.end(JSON.stringify(body));
    }
    const page = pageOf(request);
    const origin = options.linkOrigin?.(server) ?? server.origin;
    const link = (n: number, rel: string) => `<${origin}${CONTINGENTS_PATH}?nl_account_id=${request.query.get('nl_account_id')}&page=${n}>; rel="${rel}"`;
    const links = [link(1, 'start')];
    if (page > 1) links.push(link(page - 1, 'prev'));
    if (page < pages.length) links.push(link(page + 1, 'next'));
    send(
      response,
      pages[page - 1] ?? [],
      { 'x-items': String(pages.flat().length), 'x-pages': String(pages.length) },
      options.links ?? 'separate-lines',
      links,
    );
  });
  return server;
}

function send(response: ServerResponse, body: unknown, headers: Record<string, string>, style: LinkStyle, links: string[]): void {
  response.setHeader('content-type', 'application/json');
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  if (style === 'separate-lines') response.setHeader('link', links);
  if (style === 'one-line') response.setHeader('link', links.join(', '));
  response.writeHead(200);
  response.end(JSON.stringify(body));
}
