// A Nue tenant's customers, for reading every customer's credit pools. Nue's reference has no
// endpoint that lists customers; its public material lists them with a GraphQL query on the
// `Customer` object through the Lifecycle Manager's endpoint (`POST /v1/async/graphql`,
// queryGraphqlOnPost), answered as `{ data: { Customer: [ { id, name, … } ] } }`, with no paging
// (spec/nue/CURATION.md D11, section F). That is what this does: one query for `id` and `name`.
import type { CallOptions } from '../core/create-core-client.js';
import { ResponseParseError } from '../core/errors.js';
import type { NueClient } from '../nue/create-nue-client.js';
import { NUE_GRAPHQL_PATHS } from '../nue/graphql/graphql-endpoints.js';
import type { CreditBalanceWarning } from './credit-balance.js';

export const CUSTOMERS_QUERY = 'query { Customer { id name } }';

export interface NueCustomer {
  id: string;
  name: string | undefined;
}

/** The tenant's customers, each id once, in Nue's order; entries without an id are counted in a warning. */
export async function listNueCustomers(
  client: Pick<NueClient, 'graphql'>,
  options: CallOptions,
): Promise<{ customers: NueCustomer[]; warnings: CreditBalanceWarning[] }> {
  const data = await client.graphql<{ Customer?: unknown }>('lifecycle', { query: CUSTOMERS_QUERY }, options);
  const list = data.Customer;
  if (!Array.isArray(list)) {
    const path = NUE_GRAPHQL_PATHS.lifecycle;
    throw new ResponseParseError(
      { method: 'POST', pathTemplate: path, url: path },
      'the Customer query answered no list in data.Customer; name the customers to read instead (customerId, --nue-customer)',
    );
  }
  const customers = new Map<string, NueCustomer>();
  let withoutId = 0;
  for (const entry of list as Array<{ id?: unknown; name?: unknown } | null>) {
    const id = entry?.id;
    if (typeof id !== 'string' || id.trim() === '') withoutId++;
    else if (!customers.has(id)) customers.set(id, { id, name: typeof entry?.name === 'string' && entry.name !== '' ? entry.name : undefined });
  }
  const warnings: CreditBalanceWarning[] = [];
  if (withoutId) warnings.push({ vendor: 'nue', code: 'customer-without-id', message: `${withoutId} of the tenant's customers have no id and were not read` });
  if (customers.size === 0 && withoutId === 0)
    warnings.push({ vendor: 'nue', code: 'no-customers', message: 'the tenant has no customers (GraphQL Customer query)' });
  return { customers: [...customers.values()], warnings };
}
