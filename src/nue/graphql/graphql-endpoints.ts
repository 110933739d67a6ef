// The four GraphQL query endpoints of the Nue reference (operationIds query…GraphqlOnGet / …OnPost).
// Each takes `query`, `operationName` and `variables` as query parameters on GET and a body on POST.
import type { NueGetPath, NuePostPath } from '../raw-answer-client.js';

export const NUE_GRAPHQL_PATHS = {
  /** Lifecycle Manager: user profiles, UOMs, products, price books, bundle suites, … (queryGraphqlOnGet/OnPost). */
  lifecycle: '/v1/async/graphql',
  /** Revenue Manager: orders, billing schedules and jobs, invoices, credit memos, credit pools, … (queryOrdersGraphqlOnGet/OnPost). */
  orders: '/v1/orders/async/graphql',
  /** Usage (queryUsageGraphqlOnGet/OnPost). */
  usage: '/v1/usage/async/graphql',
  /** Revenue GraphQL: transaction hub (queryRevenueGraphqlOnGet/OnPost). */
  revenue: '/v1/revenue/async/graphql',
} as const satisfies Record<string, NueGetPath & NuePostPath>;

/**
 * One of Nue's four GraphQL endpoints: `lifecycle` (`/v1/async/graphql`), `orders`
 * (`/v1/orders/async/graphql`), `usage` (`/v1/usage/async/graphql`), `revenue`
 * (`/v1/revenue/async/graphql`).
 *
 * @useDeclaredType
 */
export type NueGraphqlEndpoint = keyof typeof NUE_GRAPHQL_PATHS;

export function isNueGraphqlEndpoint(value: unknown): value is NueGraphqlEndpoint {
  return typeof value === 'string' && Object.hasOwn(NUE_GRAPHQL_PATHS, value);
}
