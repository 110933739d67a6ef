// A lazy, re-iterable view of every item across pages. A page is fetched only when the
// loop needs its first item, so `break` fetches nothing more.
import { ConfigurationError } from '../errors/configuration-error.js';
import { AbortError } from '../errors/abort-error.js';
import { PaginationError } from '../errors/pagination-error.js';
import { nextPage, type PageTarget } from './next-page.js';
import { readPageTotals, type PageTotals } from './page-totals.js';

export interface Page<T> {
  items: T[];
  response: Response;
}

export interface PageRequest extends PageTarget {
  signal: AbortSignal | undefined;
}

export type FetchPage<T> = (request: PageRequest) => Promise<Page<T>>;

export interface PaginateOptions {
  /** Origin that next-page links must stay on (the API's base URL). */
  baseUrl: string;
  signal?: AbortSignal | undefined;
  /** Index of the first page for index paging (default 1). */
  firstPageIndex?: number;
}

export interface PagedResult<T> extends AsyncIterable<T> {
  /** Totals from the latest page's headers; undefined until a page was fetched. */
  readonly totals: PageTotals | undefined;
  /** The pages themselves, with their responses. */
  pages(): AsyncIterableIterator<Page<T>>;
  /** Every item; rejects with PaginationError('too-many-items') rather than drop any beyond `max`. */
  toArray(options: { max: number }): Promise<T[]>;
}

export function paginate<T>(fetchPage: FetchPage<T>, options: PaginateOptions): PagedResult<T> {
  const origin = new URL(options.baseUrl).origin;
  const firstPageIndex = options.firstPageIndex ?? 1;
  const { signal } = options;
  let totals: PageTotals | undefined;

  async function* pages(): AsyncIterableIterator<Page<T>> {
    let target: PageTarget | undefined = { url: undefined, pageIndex: firstPageIndex };
    const seenUrls = new Set<string>();
    while (target) {
      if (signal?.aborted) throw new AbortError(`paging (page ${target.pageIndex})`, signal.reason);
      const page: Page<T> = await fetchPage({ ...target, signal });
      totals = readPageTotals(page.response.headers);
      const following = nextPage(target, page.response, totals, seenUrls, origin);
      yield page;
      target = following;
    }
  }

  async function* items(): AsyncIterableIterator<T> {
    for await (const page of pages()) yield* page.items;
  }

  return {
    get totals() {
      return totals;
    },
    pages,
    [Symbol.asyncIterator]: items,
    async toArray({ max }) {
      if (!Number.isInteger(max) || max < 0) throw new ConfigurationError('toArray: max', `must be a whole number >= 0, got ${String(max)}`);
      const all: T[] = [];
      for await (const item of items()) {
        if (all.length === max) {
          throw new PaginationError('too-many-items', `toArray: more than ${max} items${totals?.items === undefined ? '' : ` (the server reports ${totals.items})`}; raise max or iterate with for await`);
        }
        all.push(item);
      }
      return all;
    },
  };
}
