// The four GraphQL query endpoints of the Nue reference (line numbers of nue-api-reference.txt).
// Each takes `query`, `operationName` and `variables` as query parameters on GET and a body on POST.
import type { NueGetPath, NuePostPath } from '../text-answer-client.js';

export const NUE_GRAPHQL_PATHS = {
  /** Lifecycle Manager: user profiles, UOMs, products, price books, bundle suites, … (~6496-6520, ~6624, ~6786). */
  lifecycle: '/v1/async/graphql',
  /** Revenue Manager: orders, billing schedules and jobs, invoices, credit memos, credit pools, … (~17513-17515, ~17641, ~17804). */
  orders: '/v1/orders/async/graphql',
  /** Usage (~29478, ~29602, ~29761). */
  usage: '/v1/usage/async/graphql',
  /** Revenue GraphQL: transaction hub (~36694-36696, ~36822, ~36981). */
  revenue: '/v1/revenue/async/graphql',
} as const satisfies Record<string, NueGetPath & NuePostPath>;

export type NueGraphqlEndpoint = keyof typeof NUE_GRAPHQL_PATHS;

export function isNueGraphqlEndpoint(value: unknown): value is NueGraphqlEndpoint {
  return typeof value === 'string' && Object.hasOwn(NUE_GRAPHQL_PATHS, value);
}
