import { CreditlineError } from '../../core/errors/creditline-error.js';
import type { NueGraphqlEndpoint } from '../graphql/graphql-endpoints.js';

/** One entry of a GraphQL response's `errors` (GraphQL spec §7.1.2; the Nue docs do not describe it). */
export interface NueGraphqlErrorEntry {
  message: string;
  locations?: Array<{ line: number; column: number }>;
  path?: Array<string | number>;
  extensions?: Record<string, unknown>;
}

/** A Nue GraphQL endpoint answered with `errors`. `data` holds whatever partial data came with them. */
export class NueGraphqlError extends CreditlineError {
  override name = 'NueGraphqlError';
  readonly endpoint: NueGraphqlEndpoint;
  readonly operationName: string | undefined;
  readonly errors: NueGraphqlErrorEntry[];
  readonly data: unknown;
  /** HTTP status of the answer (200 for errors in a successful answer, 4xx when Nue rejected the query with a GraphQL body). */
  readonly status: number;

  constructor(endpoint: NueGraphqlEndpoint, operationName: string | undefined, errors: NueGraphqlErrorEntry[], data: unknown, status: number) {
    const first = errors[0]?.message ?? 'unknown error';
    super(
      `Nue GraphQL (${endpoint}${operationName ? ` ${operationName}` : ''}) answered with ${errors.length} error${errors.length === 1 ? '' : 's'}: ` +
        `${first.slice(0, 300)}${errors.length > 1 ? ` (+${errors.length - 1} more)` : ''}`,
    );
    this.endpoint = endpoint;
    this.operationName = operationName;
    this.errors = errors;
    this.data = data;
    this.status = status;
  }
}

export function isNueGraphqlError(error: unknown): error is NueGraphqlError {
  return error instanceof NueGraphqlError;
}
