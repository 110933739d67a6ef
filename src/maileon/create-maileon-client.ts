// The Maileon client: the typed openapi-fetch client for generated/maileon.ts with the API key
// added to every request, `listContingents`, which pages through
// `GET /partner/settings/prepaids/contingents` (operationId listContingents) by its Link headers,
// or by `page_index` up to `x-pages` when there are none (spec/maileon/CURATION.md, M1, M2), and
// the prepaid helpers (prepaid-helpers.ts). The documented refusals are MaileonErrors (errors.ts).
import { type Client, createQuerySerializer } from 'openapi-fetch';
import type { components, operations, paths } from '../../generated/maileon.js';
import { describeAnswer } from '../core/answers.js';
import { type CallOptions, type CommonClientOptions, createCoreClient, helperInit } from '../core/create-core-client.js';
import { ConfigurationError, ResponseParseError, requireNonEmptyString } from '../core/errors.js';
import { nextFromLinks } from '../core/pagination/link-paging.js';
import { readPageTotals } from '../core/pagination/page-totals.js';
import { checkMaxPages, type PagedResult, type PagingOptions, paginate } from '../core/pagination/paginate.js';
import { Redactor } from '../core/redaction/redactor.js';
import { maileonApiError } from './errors.js';
import { CONTINGENTS_PATH } from './paths.js';
import { type Contingent, checkAccount, createPrepaidHelpers, type MaileonPrepaidHelpers } from './prepaid-helpers.js';

const MAILEON_BASE_URL = 'https://api.maileon.com';
/** The largest page Maileon serves (M1): ten times fewer requests than its default of 100. */
const MAX_PAGE_SIZE = 1000;

/** The Maileon paths of generated/maileon.ts: every operation of the spec. */
export type MaileonPaths = paths;
/**
 * A contingent's state, as the spec lists them (schema `ContingentStatus`).
 *
 * @useDeclaredType
 */
export type ContingentStatus = components['schemas']['ContingentStatus'];
type ContingentsQuery = operations['listContingents']['parameters']['query'];

export interface MaileonClientOptions extends CommonClientOptions {
  /** Your Maileon API key. It travels as the `key` query parameter and is masked in every error and log line. */
  apiKey: string;
}

/** What `maileon.listContingents` takes. */
export interface ListContingentsOptions extends CallOptions, PagingOptions {
  /** The newsletter account (`nl_account_id`). */
  nlAccountId: number;
  /** Only contingents in one of these states; all when omitted. Other values are passed on as given (M3). */
  status?: ContingentStatus[];
  /** Items per page (`page_size`, 1-1000; default 1000). */
  pageSize?: number;
}

/** The typed openapi-fetch client (`maileon.GET(...)`; the API key is added) plus the contingents pager and the prepaid helpers. */
export interface MaileonClient extends Client<MaileonPaths>, MaileonPrepaidHelpers {
  /** Every contingent across all pages, fetched page by page as the loop goes. */
  listContingents(options: ListContingentsOptions): PagedResult<Contingent>;
}

/**
 * The Maileon client: the typed openapi-fetch client (base URL `https://api.maileon.com`) with the
 * API key added as the `key` query parameter of every request, the contingents pager and the
 * prepaid helpers. Bad options are a ConfigurationError here, before anything is sent.
 */
export function createMaileonClient(options: MaileonClientOptions): MaileonClient {
  const apiKey = requireNonEmptyString('createMaileonClient: apiKey', options?.apiKey);
  const { apiKey: _key, ...common } = options;
  const baseUrl = options.baseUrl ?? MAILEON_BASE_URL;
  const redactor = new Redactor([apiKey]);
  // The key is the `key` query parameter (security scheme `apiKeyQuery`) of every call.
  const serialize = createQuerySerializer();
  const querySerializer = (query: Record<string, unknown>) => serialize({ ...query, key: apiKey });
  const { client } = createCoreClient<MaileonPaths>({ ...common, baseUrl, redactor, querySerializer, apiError: maileonApiError });

  function listContingents(listOptions: ListContingentsOptions): PagedResult<Contingent> {
    const nlAccountId = checkAccount('listContingents', listOptions);
    const { status, pageSize = MAX_PAGE_SIZE } = listOptions;
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new ConfigurationError('listContingents: pageSize', `must be a whole number from 1 to ${MAX_PAGE_SIZE}, got ${String(pageSize)}`);
    }
    const maxPages = checkMaxPages('listContingents: maxPages', listOptions.maxPages);
    const query: ContingentsQuery = { nl_account_id: nlAccountId, page_size: pageSize, ...(status ? { status } : {}) };
    const init = helperInit(listOptions);
    return paginate<Contingent>(
      async (target) => {
        // Every page is a typed call, a linked one with the query its link names (the server's own values, as it wrote them).
        const pageQuery = target.url === undefined ? { ...query, ...(target.pageIndex > 1 ? { page_index: target.pageIndex } : {}) } : queryOf(target.url);
        const { data, response } = await client.GET(CONTINGENTS_PATH, { ...init, params: { query: pageQuery } });
        const totals = readPageTotals(response.headers);
        return { items: contingentsOf(data ?? [], response), response, totals, next: nextFromLinks(target, response, totals, baseUrl, CONTINGENTS_PATH) };
      },
      { what: 'Maileon contingents', signal: init.signal, maxPages, prefetch: listOptions.prefetch },
    );
  }

  /** A page must be an array of objects; anything else is not what the operation declares. */
  function contingentsOf(body: unknown, response: Response): Contingent[] {
    const origin = { method: 'GET', pathTemplate: CONTINGENTS_PATH, redactor };
    if (!Array.isArray(body)) throw new ResponseParseError(describeAnswer(response, origin), 'expected a JSON array of contingents');
    if (!body.every((item) => item !== null && typeof item === 'object' && !Array.isArray(item))) {
      throw new ResponseParseError(describeAnswer(response, origin), 'expected every contingent to be a JSON object');
    }
    return body as Contingent[];
  }

  return Object.assign(client, { listContingents, ...createPrepaidHelpers(client, redactor) });
}

/** A next link's query as parameters (a repeated name as a list), without the key it may carry: the client adds its own. */
function queryOf(link: string): ContingentsQuery {
  const query: Record<string, string | string[]> = {};
  for (const [name, value] of new URL(link).searchParams) {
    if (name === 'key') continue;
    const known = query[name];
    query[name] = known === undefined ? value : [...(Array.isArray(known) ? known : [known]), value];
  }
  return query as unknown as ContingentsQuery;
}
