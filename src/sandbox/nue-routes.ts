// Nue in the sandbox: the credit operations of the spec's examples (getAccountCreditPools,
// getCustomerCreditStats, getCreditFlows) for any customer, as Nue's guides show them
// (spec/nue/CURATION.md D1-D4): lists are `{ status, data, pagination: { total } }` paged by
// `page`/`limit`, id filters are JSON arrays, and credit stats are keyed by pool id, with a
// warning (207) for each asked pool the examples do not have. The tenant's customers are the
// answer example of the GraphQL `Customer` query (queryGraphqlOnPost, D11); other GraphQL queries
// get a GraphQL error. Any credentials are accepted, but there must be some: an API key, or a
// token or Basic credentials with the tenant's access key.
import type { IncomingHttpHeaders } from 'node:http';
import { json, jsonBody, type SandboxAnswer, type SandboxRoutes, uniqueById, wholeNumber } from './sandbox-route.js';
import type { SpecExamples } from './spec-examples.js';

const ROUTE = /^\/customers\/([^/]+)\/(account-credit-pools|credit-stats|credit-flows)$/;
const MAX_STATS_IDS = 50;
const GRAPHQL_PATH = '/v1/async/graphql';

interface ListExample<Item> {
  data?: Item[];
}

interface CustomersExample {
  data?: { Customer?: unknown };
}

interface StatsExample {
  data?: { accountCreditPoolStats?: Record<string, unknown>; summary?: unknown };
}

export function nueRoutes(examples: SpecExamples): SandboxRoutes {
  const items = <Item>(operationId: string) => examples(operationId, '200').flatMap((example) => (example as ListExample<Item>).data ?? []);
  const pools = uniqueById(items<{ id?: string }>('getAccountCreditPools'));
  const flows = items<{ assetNumber?: string }>('getCreditFlows');
  const [statsExample] = examples('getCustomerCreditStats', '200') as StatsExample[];
  const stats = statsExample?.data?.accountCreditPoolStats ?? {};
  const customers = examples('queryGraphqlOnPost', '200').find((example) => Array.isArray((example as CustomersExample).data?.Customer));

  return (request) => {
    const route = request.method === 'GET' ? ROUTE.exec(request.path) : null;
    const graphql = request.method === 'POST' && request.path === GRAPHQL_PATH;
    if (!graphql && !route) return undefined;
    if (!hasCredentials(request.headers)) {
      return json(401, { title: 'Unauthorized', message: 'send a nue-api-key header, or Authorization with an apiAccessKey header' });
    }
    if (!route) {
      const query = (jsonBody(request) as { query?: unknown } | undefined)?.query;
      return typeof query === 'string' && /\bCustomer\b/.test(query)
        ? json(200, customers)
        : json(200, { errors: [{ message: 'The sandbox answers only the GraphQL query of the Customer list' }] });
    }
    const poolIds = jsonIds(request.query, 'accountPoolIds');
    const assetNumbers = jsonIds(request.query, 'assetNumbers');
    if (poolIds === null || assetNumbers === null) return badRequest('accountPoolIds and assetNumbers must be JSON arrays of strings');

    if (route[2] === 'credit-stats') {
      if (!poolIds?.length || poolIds.length > MAX_STATS_IDS) return badRequest(`accountPoolIds must hold 1 to ${MAX_STATS_IDS} pool ids`);
      const known = poolIds.filter((id) => id in stats);
      if (known.length === 0) return json(404, {});
      const warnings = poolIds.filter((id) => !(id in stats)).map((id) => ({ message: `The account credit pool ${id} could not be read.` }));
      // The example's summary describes exactly the example's pools; for any other choice there is none to give.
      const summary = known.length === Object.keys(stats).length ? { summary: statsExample?.data?.summary } : {};
      const data = { accountCreditPoolStats: Object.fromEntries(known.map((id) => [id, stats[id]])), ...summary };
      return json(warnings.length ? 207 : 200, { status: 'success', data, warnings });
    }
    const list =
      route[2] === 'account-credit-pools'
        ? pools.filter((pool) => !poolIds || poolIds.includes(pool.id ?? ''))
        : flows.filter((flow) => !assetNumbers || assetNumbers.includes(flow.assetNumber ?? ''));
    const page = wholeNumber(request.query, 'page', 1, 1, Number.MAX_SAFE_INTEGER);
    const limit = wholeNumber(request.query, 'limit', 100, 1, 500);
    if (page === undefined || limit === undefined) return badRequest('page must be 1 or more, limit 1 to 500');
    return json(200, { status: 'success', data: list.slice((page - 1) * limit, page * limit), pagination: { total: list.length } });
  };
}

function hasCredentials(headers: IncomingHttpHeaders): boolean {
  return Boolean(headers['nue-api-key'] || (headers.authorization && headers.apiaccesskey));
}

/** The ids of a JSON-array parameter; undefined when absent, null when it is not a JSON array of strings. */
function jsonIds(query: URLSearchParams, name: string): string[] | undefined | null {
  const raw = query.get(name);
  if (raw === null) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) && value.every((id) => typeof id === 'string') ? value : null;
  } catch {
    return null;
  }
}

function badRequest(message: string): SandboxAnswer {
  return json(400, { status: 'error', errorType: 'BadRequest', errorCode: 'INVALID_PARAMETER', message });
}
