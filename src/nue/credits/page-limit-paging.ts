// Paging by `page` and `limit` with a `pagination.total` in the answer, as Nue's credit
// operations do (getAccountCreditPools, getCreditFlows; spec/nue/CURATION.md D4). The next page is
// asked for only while the pages so far hold fewer items than `total` and the last one was full:
// a short page ends the walk, so an exact total costs no extra request for an empty page.

import { describeAnswer, type HelperCall } from '../../core/answers.js';
import { ConfigurationError, ResponseParseError } from '../../core/errors.js';
import { checkMaxPages, type FetchedPage, type PagedResult, type PagingOptions, paginate } from '../../core/pagination/paginate.js';

/** Nue's largest page for the credit operations, and so the default: fewest requests. */
export const MAX_LIMIT = 500;

export interface PageLimitOptions extends PagingOptions {
  /** Items per page, 1-500 (default 500). */
  limit?: number;
}

export interface PageLimitRequest {
  page: number;
  limit: number;
}

/** One page's answer: the parsed body and its response. */
export type FetchPageLimit = (request: PageLimitRequest) => Promise<{ body: unknown; response: Response }>;

export function checkLimit(option: string, limit: number | undefined): number {
  if (limit === undefined) return MAX_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT)
    throw new ConfigurationError(option, `must be a whole number from 1 to ${MAX_LIMIT}, got ${String(limit)}`);
  return limit;
}

export function pageByLimit<T>(
  fetchPage: FetchPageLimit,
  options: PageLimitOptions & { what: string; helper: string; origin: HelperCall; signal: AbortSignal | undefined },
): PagedResult<T> {
  const limit = checkLimit(`${options.helper}: limit`, options.limit);
  const maxPages = checkMaxPages(`${options.helper}: maxPages`, options.maxPages);
  let seen = 0;
  return paginate<T>(
    async (target): Promise<FetchedPage<T>> => {
      if (target.pageIndex === 1) seen = 0; // a new walk over the same result
      const { body, response } = await fetchPage({ page: target.pageIndex, limit });
      const { items, total } = readPage<T>(body, response, options.origin, options.what);
      seen += items.length;
      const more = items.length === limit && (total === undefined || seen < total);
      return {
        items,
        response,
        totals: { items: total, pages: total === undefined ? undefined : Math.ceil(total / limit) },
        next: more ? { pageIndex: target.pageIndex + 1, url: undefined } : undefined,
        nextMayBeEmpty: total === undefined,
      };
    },
    { what: options.what, signal: options.signal, maxPages, prefetch: options.prefetch },
  );
}

/** `{ status, data: [object…], pagination: { total } }`; anything else is not what the operation declares. */
function readPage<T>(body: unknown, response: Response, origin: HelperCall, what: string): { items: T[]; total: number | undefined } {
  const fail = (reason: string) =>
    new ResponseParseError(describeAnswer(response, origin), `${reason}, expected a page of ${what} ({ status, data: [...], pagination })`);
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw fail('the body is not a JSON object');
  const record = body as { data?: unknown; pagination?: unknown };
  if (!Array.isArray(record.data)) throw fail('`data` is not an array');
  if (!record.data.every((item) => item !== null && typeof item === 'object' && !Array.isArray(item))) throw fail('`data` holds something other than objects');
  const total = (record.pagination as { total?: unknown } | undefined)?.total;
  if (total !== undefined && (typeof total !== 'number' || !Number.isInteger(total) || total < 0)) throw fail('`pagination.total` is not a whole number');
  return { items: record.data as T[], total };
}
