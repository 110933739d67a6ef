// A lazy, re-iterable view of every item across pages (the shape of octokit's paginate). A page
// is fetched only when the loop needs it, so `break` fetches nothing more. The vendor says how to
// fetch a page and where the next one is; this file keeps every pager safe: no link twice, no
// empty page while more are announced, no more than `maxPages`, no items dropped by `toArray`.
import { AbortError, ConfigurationError, PaginationError } from '../errors.js';
import type { PageTotals } from './page-totals.js';

/** One page of a {@link PagedResult}: its items and the answer they came in. */
export interface Page<T> {
  /** The page's items, in the server's order. */
  items: T[];
  /** The page's answer, for its headers (its body is read already). */
  response: Response;
}

/** Where a page is: its index, and its absolute URL when a link named it. */
export interface PageTarget {
  pageIndex: number;
  url: string | undefined;
}

export interface FetchedPage<T> extends Page<T> {
  totals: PageTotals;
  /** The page after this one, or undefined when this was the last. */
  next: PageTarget | undefined;
  /** True when `next` is only a guess (a full page and no total): it may hold no items. */
  nextMayBeEmpty?: boolean;
}

export type FetchPage<T> = (target: PageTarget) => Promise<FetchedPage<T>>;

/** Generous enough for any real account (a million items at 100 a page), small enough to stop a server that never ends. */
export const DEFAULT_MAX_PAGES = 10_000;

export interface PaginateOptions {
  /** What is being paged, named in errors (e.g. `Maileon contingents`). */
  what: string;
  signal: AbortSignal | undefined;
  /** Index of the first page (default 1). */
  firstPageIndex?: number;
  maxPages?: number;
  prefetch?: boolean;
}

/** The paging options every paging helper takes. */
export interface PagingOptions {
  /** Stop with PaginationError rather than fetch more pages than this (default 10 000). */
  maxPages?: number;
  /**
   * Ask for the next page as soon as this one is read, before the loop works through its items
   * (default false): the next page is on its way while the loop handles this one. A loop that
   * stops early has caused at most one page more to be fetched, whose answer is dropped.
   */
  prefetch?: boolean;
}

/**
 * Every item of a list across its pages: `for await` over the items, `pages()` for the pages. Lazy
 * and re-iterable: a page is fetched when the loop needs it, each walk starts at the first page.
 */
export interface PagedResult<T> extends AsyncIterable<T> {
  /** Totals from the latest page; undefined until a page was fetched. */
  readonly totals: PageTotals | undefined;
  /** The pages themselves, with their responses. */
  pages(): AsyncIterableIterator<Page<T>>;
  /** Every item; rejects with PaginationError('too-many-items') rather than drop any beyond `max`. */
  toArray(options: { max: number }): Promise<T[]>;
}

export function checkMaxPages(option: string, maxPages: number | undefined): number {
  if (maxPages === undefined) return DEFAULT_MAX_PAGES;
  if (!Number.isInteger(maxPages) || maxPages < 1) throw new ConfigurationError(option, `must be a whole number >= 1, got ${String(maxPages)}`);
  return maxPages;
}

export function paginate<T>(fetchPage: FetchPage<T>, options: PaginateOptions): PagedResult<T> {
  const { signal, what } = options;
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  let totals: PageTotals | undefined;

  /** Every page in order. `canUse(page)`: whether the consumer can use a page after `page` (toArray's cap), so worth prefetching. */
  async function* walk(canUse: (page: FetchedPage<T>) => boolean = () => true): AsyncIterableIterator<FetchedPage<T>> {
    const seenUrls = new Set<string>();
    let target: PageTarget | undefined = { pageIndex: options.firstPageIndex ?? 1, url: undefined };
    let prefetched: Promise<FetchedPage<T>> | undefined;
    for (let fetched = 0; target; fetched++) {
      if (signal?.aborted) throw new AbortError(`paging ${what} (page ${target.pageIndex})`, signal.reason);
      if (fetched === maxPages)
        throw new PaginationError('too-many-pages', `${what}: the server announced more than ${maxPages} pages; stopping (raise maxPages if that is real)`);
      const page: FetchedPage<T> = await (prefetched ?? fetchPage(target));
      totals = page.totals;
      const { next } = page;
      if (next?.url !== undefined) {
        if (seenUrls.has(next.url))
          throw new PaginationError(
            'repeated-next-url',
            `${what}: the server sent a next-page link that was already fetched (after page ${target.pageIndex}); stopping instead of looping`,
          );
        seenUrls.add(next.url);
      }
      if (next && page.items.length === 0)
        throw new PaginationError(
          'empty-page',
          `${what}: page ${target.pageIndex} is empty but the server announces more pages; stopping instead of walking empty pages`,
        );
      prefetched = options.prefetch && next && fetched + 1 < maxPages && canUse(page) ? fetchPage(next) : undefined;
      // Its failure is thrown when the loop reaches that page; a loop that stops first never sees it.
      prefetched?.catch(() => {});
      yield page;
      target = next;
    }
  }

  return {
    get totals() {
      return totals;
    },
    async *pages() {
      for await (const { items, response } of walk()) yield { items, response };
    },
    async *[Symbol.asyncIterator]() {
      for await (const page of walk()) yield* page.items;
    },
    async toArray(options) {
      const max = options?.max; // untyped callers may pass nothing: the error names the option
      if (typeof max !== 'number' || !Number.isInteger(max) || max < 0)
        throw new ConfigurationError('toArray: max', `must be a whole number >= 0, got ${String(max)}`);
      const all: T[] = [];
      const tooMany = () =>
        new PaginationError(
          'too-many-items',
          `toArray: more than ${max} items${totals?.items === undefined ? '' : ` (the server reports ${totals.items})`}; raise max or iterate with for await`,
        );
      for await (const page of walk((page) => all.length + page.items.length < max)) {
        if (all.length + page.items.length > max) throw tooMany();
        all.push(...page.items);
        // A page the cap could not take in is not fetched, unless it is only a guess that may be empty.
        if (all.length === max && page.next && !page.nextMayBeEmpty) throw tooMany();
      }
      return all;
    },
  };
}
