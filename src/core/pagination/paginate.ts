// A lazy, re-iterable view of every item across pages (the shape of octokit's paginate). A page
// is fetched only when the loop needs its first item, so `break` fetches nothing more. The vendor
// says how to fetch a page and where the next one is; this file keeps every pager safe: no link
// twice, no empty page while more are announced, no more than `maxPages`.
import { AbortError } from '../errors/abort-error.js';
import { ConfigurationError } from '../errors/configuration-error.js';
import { PaginationError } from '../errors/pagination-error.js';
import type { PageTotals } from './page-totals.js';

export interface Page<T> {
  items: T[];
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

/**
 * Fetches one page. `onNext`, when given, is called with the page after it as soon as the
 * response headers name it (a `Link` header), before the body is read: prefetching can then ask
 * for that page while this one's body is still being read and parsed. A vendor whose next page
 * is known only from the body never calls it.
 */
export type FetchPage<T> = (target: PageTarget, onNext?: (next: PageTarget) => void) => Promise<FetchedPage<T>>;

/** A page asked for, and the page after it once its headers named that one. */
interface PageRequest<T> {
  page: Promise<FetchedPage<T>>;
  next?: PageTarget;
  onNext?: (next: PageTarget) => void;
}

/** Generous enough for any real account (a million items at 100 a page), small enough to stop a server that never ends. */
export const DEFAULT_MAX_PAGES = 10_000;

export interface PaginateOptions {
  /** What is being paged, for errors (e.g. `Maileon contingents`). */
  what: string;
  signal: AbortSignal | undefined;
  /** Index of the first page (default 1). */
  firstPageIndex?: number;
  /** Stop with PaginationError('too-many-pages') rather than fetch more pages than this. */
  maxPages?: number;
  /** Ask for the next page while the loop works through this one (see PagingOptions.prefetch). */
  prefetch?: boolean;
}

/** The paging options every paging helper takes. */
export interface PagingOptions {
  /** Stop with PaginationError rather than fetch more pages than this (default 10 000). */
  maxPages?: number;
  /**
   * Ask for the next page while the loop is on this one (default false): as soon as this page's
   * headers name the next (Maileon's `Link`), so that reading and parsing this page overlap the
   * next request, else once this page is read; `toArray` only once it knows it can use that page.
   * Faster when pages take time to arrive or items to handle; a loop that stops early has caused
   * at most one page more to be fetched, whose answer is dropped.
   */
  prefetch?: boolean;
}

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
  const firstPageIndex = options.firstPageIndex ?? 1;
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  let totals: PageTotals | undefined;

  /** `early`: note the next page from the headers (plain loops with prefetch); otherwise the vendor skips that work. */
  function request(target: PageTarget, early: boolean): PageRequest<T> {
    const requested: Partial<PageRequest<T>> = {};
    const onNext = (next: PageTarget) => {
      requested.next = next;
      requested.onNext?.(next);
    };
    requested.page = early ? fetchPage(target, onNext) : fetchPage(target);
    return requested as PageRequest<T>;
  }

  /**
   * `willUse(page)`: whether the consumer can use a page after this one (toArray's cap), for
   * prefetching. Without it (a plain loop), the next page is asked for as soon as this one's
   * headers name it; with it, only once this page's items are counted. Either way at most one
   * page ahead of the one the loop is on: a page in flight never asks for the one after it.
   */
  async function* walk(willUse?: (page: FetchedPage<T>) => boolean): AsyncIterableIterator<FetchedPage<T>> {
    let target: PageTarget | undefined = { pageIndex: firstPageIndex, url: undefined };
    let current: PageRequest<T> | undefined;
    const early = options.prefetch === true && !willUse;
    const seenUrls = new Set<string>();
    for (let fetched = 0; target; fetched++) {
      if (signal?.aborted) throw new AbortError(`paging ${what} (page ${target.pageIndex})`, signal.reason);
      if (fetched === maxPages)
        throw new PaginationError('too-many-pages', `${what}: the server announced more than ${maxPages} pages; stopping (raise maxPages if that is real)`);
      current ??= request(target, early);
      let ahead: { target: PageTarget; request: PageRequest<T> } | undefined;
      if (early && fetched + 1 < maxPages) {
        const askAhead = (next: PageTarget) => {
          // A link seen before is not asked for: the check below stops the walk on it.
          if (ahead || (next.url !== undefined && seenUrls.has(next.url))) return;
          ahead = { target: next, request: request(next, true) };
          // Its failure is thrown when the loop reaches that page; a loop that stops first never sees it.
          ahead.request.page.catch(() => {});
        };
        if (current.next) askAhead(current.next);
        else current.onNext = askAhead;
      }
      const page: FetchedPage<T> = await current.page;
      current.onNext = undefined;
      totals = page.totals;
      const next: PageTarget | undefined = page.next;
      if (next?.url !== undefined) {
        if (seenUrls.has(next.url)) {
          throw new PaginationError(
            'repeated-next-url',
            `${what}: the server sent a next-page link that was already fetched (after page ${target.pageIndex}); stopping instead of looping`,
          );
        }
        seenUrls.add(next.url);
      }
      if (next && page.items.length === 0) {
        throw new PaginationError(
          'empty-page',
          `${what}: page ${target.pageIndex} is empty but the server announces more pages; stopping instead of walking empty pages`,
        );
      }
      // The page asked for from the headers is the one the whole page names (the same headers); anything else is dropped.
      current = ahead && next && sameTarget(ahead.target, next) ? ahead.request : undefined;
      if (!current && options.prefetch && next && fetched + 1 < maxPages && (willUse?.(page) ?? true)) {
        current = request(next, early);
        current.page.catch(() => {});
      }
      yield page;
      target = next;
    }
  }

  async function* pages(): AsyncIterableIterator<Page<T>> {
    for await (const { items, response } of walk()) yield { items, response };
  }

  async function* items(): AsyncIterableIterator<T> {
    for await (const page of walk()) yield* page.items;
  }

  return {
    get totals() {
      return totals;
    },
    pages,
    [Symbol.asyncIterator]: items,
    async toArray(options) {
      const max = options?.max; // untyped callers may pass nothing: the error below names the option
      if (!Number.isInteger(max) || max < 0) throw new ConfigurationError('toArray: max', `must be a whole number >= 0, got ${String(max)}`);
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

function sameTarget(a: PageTarget, b: PageTarget): boolean {
  return a.pageIndex === b.pageIndex && a.url === b.url;
}
