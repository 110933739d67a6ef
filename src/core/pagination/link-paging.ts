// Paging by `Link` headers (RFC 8288) with a page count as fallback: the `rel="next"` link when
// the response has links, else the next page index while it is below the announced page count,
// else nowhere. Maileon pages this way (spec/maileon/CURATION.md, M2).
import { PaginationError } from '../errors.js';
import { findLink, parseLinkHeader } from './link-header.js';
import type { PageTotals } from './page-totals.js';
import type { PageTarget } from './paginate.js';

/** `listPath`: the path of the list's operation, which every next link must name (under the base URL's path). */
export function nextFromLinks(current: PageTarget, response: Response, totals: PageTotals, baseUrl: string, listPath: string): PageTarget | undefined {
  const links = parseLinkHeader(response.headers.get('link'));
  const next = findLink(links, 'next');
  if (next !== undefined) return { url: sameListUrl(next, response.url || current.url || baseUrl, baseUrl, listPath), pageIndex: current.pageIndex + 1 };
  if (links.length > 0) return undefined; // links without "next": this was the last page
  if (totals.pages !== undefined && current.pageIndex < totals.pages) return { url: undefined, pageIndex: current.pageIndex + 1 };
  return undefined;
}

/**
 * The link as an absolute URL of the same list on the API's origin. Credentials go with every
 * page, so a link to another origin or another path is refused, and a link to the API's own host
 * over plain http (as Maileon's examples show them for a service reached over https) is followed
 * over https.
 */
function sameListUrl(link: string, relativeTo: string, baseUrl: string, listPath: string): string {
  const base = new URL(baseUrl);
  let url: URL;
  try {
    url = new URL(link, relativeTo);
  } catch {
    throw new PaginationError('malformed-next-url', 'the next-page link is not a valid URL; stopping');
  }
  if (url.protocol === 'http:' && base.protocol === 'https:' && url.hostname === base.hostname) url.protocol = 'https:';
  if (url.origin !== base.origin) {
    throw new PaginationError(
      'foreign-next-url',
      `the next-page link points to another origin than ${base.origin}; not following it (credentials would go with it)`,
    );
  }
  const expectedPath = `${base.pathname.replace(/\/$/, '')}${listPath}`;
  if (url.pathname !== expectedPath) {
    throw new PaginationError(
      'foreign-next-url',
      `the next-page link points to another path than ${expectedPath}; not following it (credentials would go with it)`,
    );
  }
  return url.toString();
}
