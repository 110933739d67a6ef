// `nue.listAccountCreditPools(...)` and `nue.listCreditFlows(...)`: every account credit pool or
// credit flow of a customer across pages (operations getAccountCreditPools and getCreditFlows,
// curated from Nue's guides; spec/nue/CURATION.md D4).
import type { Client } from 'openapi-fetch';
import type { components, paths } from '../../../generated/nue.js';
import { type CallOptions, helperInit } from '../../core/create-core-client.js';
import { ConfigurationError, requireNonEmptyString } from '../../core/errors.js';
import type { PagedResult } from '../../core/pagination/paginate.js';
import type { Redactor } from '../../core/redaction/redactor.js';
import { MAX_IDS_PER_QUERY } from '../query-serializer.js';
import { type PageLimitOptions, pageByLimit } from './page-limit-paging.js';

/**
 * An account credit pool as `getAccountCreditPools` answers it (schema `AccountCreditPool`).
 *
 * @useDeclaredType
 */
export type NueAccountCreditPool = components['schemas']['AccountCreditPool'];
/**
 * A credit flow as `getCreditFlows` answers it (schema `CreditFlow`).
 *
 * @useDeclaredType
 */
export type NueCreditFlow = components['schemas']['CreditFlow'];
/** What `listCreditFlows` can add to each flow. */
export type NueCreditFlowInclude = 'product' | 'usage';

const POOLS_PATH = '/customers/{customerId}/account-credit-pools';
const FLOWS_PATH = '/customers/{customerId}/credit-flows';

/** What `nue.listAccountCreditPools` takes. */
export interface ListAccountCreditPoolsOptions extends CallOptions, PageLimitOptions {
  /** The customer whose pools to list. */
  customerId: string;
  /** Only these pools (at most 50 ids); all of the customer's pools when absent. */
  accountPoolIds?: string[];
}

/** What `nue.listCreditFlows` takes. */
export interface ListCreditFlowsOptions extends ListAccountCreditPoolsOptions {
  /** Only flows of these subscriptions (asset numbers; at most 50). */
  assetNumbers?: string[];
  /** Add each flow's product and usage record. */
  includes?: NueCreditFlowInclude[];
}

export interface NueCreditLists {
  /** Every account credit pool of a customer, across pages (`GET /customers/{customerId}/account-credit-pools`). */
  listAccountCreditPools(options: ListAccountCreditPoolsOptions): PagedResult<NueAccountCreditPool>;
  /** Every credit flow of a customer, across pages (`GET /customers/{customerId}/credit-flows`). */
  listCreditFlows(options: ListCreditFlowsOptions): PagedResult<NueCreditFlow>;
}

type CreditPaths = Pick<paths, typeof POOLS_PATH | typeof FLOWS_PATH>;

export function createCreditLists(client: Client<CreditPaths>, redactor: Redactor): NueCreditLists {
  return {
    listAccountCreditPools(options) {
      const helper = 'listAccountCreditPools';
      const customerId = requireNonEmptyString(`${helper}: customerId`, options?.customerId);
      const accountPoolIds = checkIds(`${helper}: accountPoolIds`, options.accountPoolIds);
      const init = helperInit(options);
      return pageByLimit<NueAccountCreditPool>(
        async ({ page, limit }) => {
          const { data, response } = await client.GET(POOLS_PATH, {
            ...init,
            params: { path: { customerId }, query: { page, limit, ...(accountPoolIds ? { accountPoolIds } : {}) } },
          });
          return { body: data, response };
        },
        { ...options, helper, what: 'account credit pools', origin: { method: 'GET', pathTemplate: POOLS_PATH, redactor }, signal: init.signal },
      );
    },
    listCreditFlows(options) {
      const helper = 'listCreditFlows';
      const customerId = requireNonEmptyString(`${helper}: customerId`, options?.customerId);
      const accountPoolIds = checkIds(`${helper}: accountPoolIds`, options.accountPoolIds);
      const assetNumbers = checkIds(`${helper}: assetNumbers`, options.assetNumbers);
      const { includes } = options;
      if (includes !== undefined && !(Array.isArray(includes) && includes.every((include) => include === 'product' || include === 'usage'))) {
        throw new ConfigurationError(`${helper}: includes`, `must be a list of 'product' and 'usage', got ${JSON.stringify(includes)}`);
      }
      const init = helperInit(options);
      return pageByLimit<NueCreditFlow>(
        async ({ page, limit }) => {
          const query = {
            page,
            limit,
            ...(accountPoolIds ? { accountPoolIds } : {}),
            ...(assetNumbers ? { assetNumbers } : {}),
            ...(includes?.length ? { includes } : {}),
          };
          const { data, response } = await client.GET(FLOWS_PATH, { ...init, params: { path: { customerId }, query } });
          return { body: data, response };
        },
        { ...options, helper, what: 'credit flows', origin: { method: 'GET', pathTemplate: FLOWS_PATH, redactor }, signal: init.signal },
      );
    },
  };
}

/** A list of at most 50 non-empty ids, checked before anything is sent. */
export function checkIds(option: string, ids: string[] | undefined): string[] | undefined {
  if (ids === undefined) return undefined;
  if (!Array.isArray(ids) || ids.length === 0 || !ids.every((id) => typeof id === 'string' && id.trim() !== '')) {
    throw new ConfigurationError(option, 'must be a non-empty list of non-empty strings');
  }
  if (ids.length > MAX_IDS_PER_QUERY) throw new ConfigurationError(option, `takes at most ${MAX_IDS_PER_QUERY} ids per request, got ${ids.length}`);
  return ids;
}
