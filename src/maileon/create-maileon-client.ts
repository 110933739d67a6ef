import type { Client } from 'openapi-fetch';
import type { components, operations, paths } from '../../generated/maileon.js';
import { createCoreClient, type CommonClientOptions } from '../core/create-core-client.js';
import { ConfigurationError, requireNonEmptyString } from '../core/errors/configuration-error.js';
import { ResponseParseError } from '../core/errors/response-parse-error.js';
import { paginate, type Page, type PagedResult } from '../core/pagination/paginate.js';
import { Redactor } from '../core/redaction/redactor.js';
import { apiKeyInQuery } from './api-key-in-query.js';

export const MAILEON_BASE_URL = 'https://api.maileon.com';
const CONTINGENTS_PATH = '/partner/settings/prepaids/contingents';

export type Contingent = components['schemas']['Contingent'];
export type ContingentStatus = components['schemas']['ContingentStatus'];
type ContingentsQuery = operations['listContingents']['parameters']['query'];

export interface MaileonClientOptions extends CommonClientOptions {
  /** Your Maileon API key. It travels as the `key` query parameter and is masked in every error and log line. */
  apiKey: string;
}

export interface ListContingentsOptions {
  /** The newsletter account (`nl_account_id`). */
  nlAccountId: number;
  /** Only contingents in one of these states; all when omitted. */
  status?: ContingentStatus[];
  /** Items per page (`page_size`); the server's default when omitted. */
  pageSize?: number;
  signal?: AbortSignal;
}

export interface MaileonClient {
  /** The typed openapi-fetch client; the API key is added to every request. */
  client: Client<paths>;
  /** Every contingent across all pages, fetched page by page as the loop goes. */
  listContingents(options: ListContingentsOptions): PagedResult<Contingent>;
}

export function createMaileonClient(options: MaileonClientOptions): MaileonClient {
  const apiKey = requireNonEmptyString('createMaileonClient: apiKey', options.apiKey);
  const baseUrl = options.baseUrl ?? MAILEON_BASE_URL;
  const { client, send } = createCoreClient<paths>({ ...options, baseUrl, redactor: new Redactor([apiKey]), auth: apiKeyInQuery(apiKey) });

  return {
    client,
    listContingents({ nlAccountId, status, pageSize, signal }) {
      if (!Number.isInteger(nlAccountId)) throw new ConfigurationError('listContingents: nlAccountId', `must be an integer, got ${String(nlAccountId)}`);
      const query: ContingentsQuery = { nl_account_id: nlAccountId, ...(status ? { status } : {}), ...(pageSize ? { page_size: pageSize } : {}) };
      return paginate<Contingent>(
        async ({ url, pageIndex, signal: pageSignal }): Promise<Page<Contingent>> => {
          if (url !== undefined) {
            const response = await send(new Request(url, pageSignal ? { signal: pageSignal } : {}), CONTINGENTS_PATH);
            return { items: await readContingents(response), response };
          }
          const { data, response } = await client.GET(CONTINGENTS_PATH, {
            params: { query: pageIndex > 1 ? { ...query, page_index: pageIndex } : query },
            ...(pageSignal ? { signal: pageSignal } : {}),
          });
          return { items: ensureArray(data), response };
        },
        { baseUrl, signal },
      );
    },
  };
}

async function readContingents(response: Response): Promise<Contingent[]> {
  const text = await response.text();
  try {
    return ensureArray(text ? JSON.parse(text) : []);
  } catch (error) {
    if (error instanceof ResponseParseError) throw error;
    throw new ResponseParseError('GET', CONTINGENTS_PATH, (error as Error).message);
  }
}

function ensureArray(data: unknown): Contingent[] {
  if (data === undefined) return [];
  if (!Array.isArray(data)) throw new ResponseParseError('GET', CONTINGENTS_PATH, 'expected a JSON array of contingents');
  return data as Contingent[];
}
