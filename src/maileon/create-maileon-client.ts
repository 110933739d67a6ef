// The Maileon client: the typed openapi-fetch client for generated/maileon.ts with the API key
// added to every request, and `listContingents`, which pages through
// `GET /partner/settings/prepaids/contingents` (operationId listContingents) by its Link headers,
// or by `page_index` up to `x-pages` when there are none (spec/maileon/CURATION.md, M1, M2).
import type { Client } from 'openapi-fetch';
import type { components, operations, paths } from '../../generated/maileon.js';
import { type CallOptions, helperInit } from '../core/call-options.js';
import { type CommonClientOptions, createCoreClient } from '../core/create-core-client.js';
import { ConfigurationError, requireNonEmptyString } from '../core/errors/configuration-error.js';
import { ResponseParseError } from '../core/errors/response-parse-error.js';
import { nextFromLinks } from '../core/pagination/link-paging.js';
import { readPageTotals } from '../core/pagination/page-totals.js';
import { checkMaxPages, type FetchedPage, type PagedResult, type PageTarget, type PagingOptions, paginate } from '../core/pagination/paginate.js';
import { type AnswerOrigin, describeAnswer, parseJsonAnswer } from '../core/read-json-answer.js';
import { Redactor } from '../core/redaction/redactor.js';
import { linkWithApiKey, queryWithApiKey } from './api-key-in-query.js';

const MAILEON_BASE_URL = 'https://api.maileon.com';
const CONTINGENTS_PATH = '/partner/settings/prepaids/contingents';
/** The largest page Maileon serves (M1): ten times fewer requests than its default of 100. */
const MAX_PAGE_SIZE = 1000;

export type MaileonPaths = paths;
export type Contingent = components['schemas']['Contingent'];
export type ContingentStatus = components['schemas']['ContingentStatus'];
type ContingentsQuery = operations['listContingents']['parameters']['query'];

export interface MaileonClientOptions extends CommonClientOptions {
  /** Your Maileon API key. It travels as the `key` query parameter and is masked in every error and log line. */
  apiKey: string;
}

export interface ListContingentsOptions extends CallOptions, PagingOptions {
  /** The newsletter account (`nl_account_id`). */
  nlAccountId: number;
  /** Only contingents in one of these states; all when omitted. Other values are passed on as given (M3). */
  status?: ContingentStatus[];
  /** Items per page (`page_size`, 1-1000; default 1000). */
  pageSize?: number;
}

/** The typed openapi-fetch client (`maileon.GET(...)`; the API key is added) plus the contingents pager. */
export interface MaileonClient extends Client<MaileonPaths> {
  /** Every contingent across all pages, fetched page by page as the loop goes. */
  listContingents(options: ListContingentsOptions): PagedResult<Contingent>;
}

export function createMaileonClient(options: MaileonClientOptions): MaileonClient {
  const apiKey = requireNonEmptyString('createMaileonClient: apiKey', options?.apiKey);
  const baseUrl = options.baseUrl ?? MAILEON_BASE_URL;
  const redactor = new Redactor([apiKey]);
  const { client, getText } = createCoreClient<MaileonPaths>({ ...options, baseUrl, redactor, querySerializer: queryWithApiKey(apiKey) });
  const origin: AnswerOrigin = { method: 'GET', pathTemplate: CONTINGENTS_PATH, redactor };

  function listContingents(listOptions: ListContingentsOptions): PagedResult<Contingent> {
    const { nlAccountId, status, pageSize = MAX_PAGE_SIZE } = listOptions;
    if (!Number.isInteger(nlAccountId)) throw new ConfigurationError('listContingents: nlAccountId', `must be an integer, got ${String(nlAccountId)}`);
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new ConfigurationError('listContingents: pageSize', `must be a whole number from 1 to ${MAX_PAGE_SIZE}, got ${String(pageSize)}`);
    }
    const maxPages = checkMaxPages('listContingents: maxPages', listOptions.maxPages);
    const query: ContingentsQuery = { nl_account_id: nlAccountId, page_size: pageSize, ...(status ? { status } : {}) };
    const init = helperInit(listOptions);
    return paginate<Contingent>(
      async (target, onNext): Promise<FetchedPage<Contingent>> => {
        let response: Response;
        let body: unknown;
        if (target.url !== undefined) {
          const page = await getText(
            linkWithApiKey(target.url, apiKey),
            CONTINGENTS_PATH,
            listOptions,
            onNext && ((early) => nextFromHeaders(target, early, onNext)),
          );
          response = page.response;
          body = parseJsonAnswer(page.text, response, origin, 'array', 'a JSON array of contingents');
        } else {
          const answer = await client.GET(CONTINGENTS_PATH, {
            ...init,
            params: { query: target.pageIndex > 1 ? { ...query, page_index: target.pageIndex } : query },
          });
          response = answer.response;
          body = answer.data ?? [];
        }
        const items = contingentsOf(body, response);
        const totals = readPageTotals(response.headers);
        return { items, response, totals, next: nextFromLinks(target, response, totals, baseUrl) };
      },
      { what: 'Maileon contingents', signal: init.signal, maxPages, prefetch: listOptions.prefetch },
    );
  }

  /**
   * The next page as the headers name it, before the body is read (prefetching asks for it then).
   * A header that does not make sense is left to the whole page, which says why it stops.
   */
  function nextFromHeaders(target: PageTarget, response: Response, onNext: (next: PageTarget) => void): void {
    let next: PageTarget | undefined;
    try {
      next = nextFromLinks(target, response, readPageTotals(response.headers), baseUrl);
    } catch {
      return;
    }
    if (next) onNext(next);
  }

  /** A page must be an array of objects; anything else is not what the operation declares. */
  function contingentsOf(body: unknown, response: Response): Contingent[] {
    if (!Array.isArray(body)) throw new ResponseParseError(describeAnswer(response, origin), 'expected a JSON array of contingents');
    if (!body.every((item) => item !== null && typeof item === 'object' && !Array.isArray(item))) {
      throw new ResponseParseError(describeAnswer(response, origin), 'expected every contingent to be a JSON object');
    }
    return body as Contingent[];
  }

  return Object.assign(client, { listContingents });
}
