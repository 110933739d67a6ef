// Where the next page is: the `rel="next"` link when the response has Link headers,
// else the next page index while it is below `x-pages`, else nowhere.
import { PaginationError } from '../errors/pagination-error.js';
import { findLink, parseLinkHeader } from './link-header.js';
import type { PageTotals } from './page-totals.js';

export interface PageTarget {
  /** Absolute URL of the page, when a link named it; undefined for the first page or index paging. */
  url: string | undefined;
  /** The page's index (first page = `firstPageIndex`). */
  pageIndex: number;
}

export function nextPage(current: PageTarget, response: Response, totals: PageTotals, seenUrls: Set<string>, origin: string): PageTarget | undefined {
  const links = parseLinkHeader(response.headers.get('link'));
  const next = findLink(links, 'next');
  if (next !== undefined) {
    const url = new URL(next, response.url || current.url || origin).toString();
    if (new URL(url).origin !== origin) {
      throw new PaginationError('foreign-next-url', `the next-page link points to another origin than ${origin}; not following it (credentials would go with it)`);
    }
    if (seenUrls.has(url)) {
      throw new PaginationError('repeated-next-url', `the server sent a next-page link that was already fetched (after page ${current.pageIndex}); stopping instead of looping`);
    }
    seenUrls.add(url);
    return { url, pageIndex: current.pageIndex + 1 };
  }
  if (links.length > 0) return undefined; // links without "next": this was the last page
  if (totals.pages !== undefined && current.pageIndex < totals.pages) return { url: undefined, pageIndex: current.pageIndex + 1 };
  return undefined;
}
