// `nue.graphql(endpoint, { query, variables, operationName })`: one GraphQL query against one of
// the four `/async/graphql` endpoints, answering `data` or raising the GraphQL `errors`.
//
// Decisions (the docs say only "The graghQL query is passed in the request body" / "in the URL",
// with a `string` body and an undescribed "Inline" answer, ~6624-6660, ~6786-6830):
// - POST (default) sends the GraphQL-over-HTTP JSON body `{ query, variables, operationName }`
//   as `application/json` (the curl samples send `Content-Type: application/json`);
//   GET sends them as the documented query parameters, `variables` JSON-encoded.
// - The answer is read as a GraphQL response (`{ data, errors }`, GraphQL spec §7.1): non-empty
//   `errors` raise NueGraphqlError (with any partial `data`); an answer with neither `data` nor
//   `errors` is a ResponseParseError. A non-2xx answer whose body carries GraphQL `errors` is a
//   NueGraphqlError too; other non-2xx answers are NueApiError.
import { ConfigurationError } from '../../core/errors/configuration-error.js';
import { ResponseParseError } from '../../core/errors/response-parse-error.js';
import type { Redactor } from '../../core/redaction/redactor.js';
import { NueApiError } from '../errors/nue-api-error.js';
import { NueGraphqlError, type NueGraphqlErrorEntry } from '../errors/graphql-error.js';
import type { TextAnswerClient } from '../text-answer-client.js';
import { isNueGraphqlEndpoint, NUE_GRAPHQL_PATHS, type NueGraphqlEndpoint } from './graphql-endpoints.js';

export interface NueGraphqlRequest<TVariables extends Record<string, unknown> = Record<string, unknown>> {
  query: string;
  variables?: TVariables | undefined;
  operationName?: string | undefined;
}

export interface NueGraphqlOptions {
  /** POST (default) sends the query in the body; GET in the URL. */
  method?: 'POST' | 'GET' | undefined;
  signal?: AbortSignal | undefined;
}

export type NueGraphql = <TData = unknown, TVariables extends Record<string, unknown> = Record<string, unknown>>(
  endpoint: NueGraphqlEndpoint,
  request: NueGraphqlRequest<TVariables>,
  options?: NueGraphqlOptions,
) => Promise<TData>;

export function createGraphql(client: TextAnswerClient, redactor: Redactor): NueGraphql {
  return async function graphql<TData>(endpoint: NueGraphqlEndpoint, request: NueGraphqlRequest, options: NueGraphqlOptions = {}): Promise<TData> {
    if (!isNueGraphqlEndpoint(endpoint)) throw new ConfigurationError('graphql: endpoint', `must be one of ${Object.keys(NUE_GRAPHQL_PATHS).join(', ')}; got ${String(endpoint)}`);
    if (!request || typeof request.query !== 'string' || request.query.trim() === '') throw new ConfigurationError('graphql: query', 'must be a non-empty string');
    const path = NUE_GRAPHQL_PATHS[endpoint];
    const method = options.method ?? 'POST';
    const { query, variables, operationName } = request;

    let text: string;
    let contentType: string | null;
    let status: number;
    try {
      const { data, response } =
        method === 'GET'
          ? await client.GET(path, {
              params: { query: { query, ...(operationName ? { operationName } : {}), ...(variables ? { variables: JSON.stringify(variables) } : {}) } },
              parseAs: 'text',
              signal: options.signal,
              creditline: { throwOnError: true },
            })
          : await client.POST(path, {
              body: { query, ...(variables ? { variables } : {}), ...(operationName ? { operationName } : {}) },
              parseAs: 'text',
              signal: options.signal,
              creditline: { throwOnError: true },
            });
      text = typeof data === 'string' ? data : '';
      contentType = response.headers.get('content-type');
      status = response.status;
    } catch (error) {
      // Some GraphQL servers reject a bad query with 400 and a GraphQL body.
      const errors = error instanceof NueApiError ? graphqlErrors((error.body as { errors?: unknown } | undefined)?.errors, redactor) : undefined;
      if (error instanceof NueApiError && errors) throw new NueGraphqlError(endpoint, operationName, errors, (error.body as { data?: unknown }).data ?? undefined, error.status);
      throw error;
    }

    const answer = parseAnswer(text, contentType, method, path);
    const errors = graphqlErrors(answer.errors, redactor);
    const data = redactor.value(answer.data);
    if (errors) throw new NueGraphqlError(endpoint, operationName, errors, data ?? undefined, status);
    if (data === undefined || data === null) throw new ResponseParseError(method, path, 'the GraphQL answer has neither data nor errors');
    return data as TData;
  };
}

function parseAnswer(text: string, contentType: string | null, method: string, path: string): { data?: unknown; errors?: unknown } {
  if (text.trim() === '') throw new ResponseParseError(method, path, 'the body is empty, expected a GraphQL answer');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ResponseParseError(method, path, `the body is not JSON (content-type ${contentType ?? 'none'}), expected a GraphQL answer`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new ResponseParseError(method, path, 'the body is not a JSON object, expected a GraphQL answer');
  return value as { data?: unknown; errors?: unknown };
}

/** The `errors` entries (secrets masked), or undefined when there are none. */
function graphqlErrors(value: unknown, redactor: Redactor): NueGraphqlErrorEntry[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  return value.map((entry): NueGraphqlErrorEntry => {
    if (typeof entry === 'string') return { message: redactor.text(entry) };
    const record = (entry && typeof entry === 'object' ? entry : {}) as Record<string, unknown>;
    const out: NueGraphqlErrorEntry = { message: typeof record.message === 'string' ? redactor.text(record.message) : 'unknown error' };
    if (Array.isArray(record.locations)) out.locations = record.locations as NueGraphqlErrorEntry['locations'] & object;
    if (Array.isArray(record.path)) out.path = record.path as Array<string | number>;
    if (record.extensions && typeof record.extensions === 'object') out.extensions = redactor.value(record.extensions as Record<string, unknown>);
    return out;
  });
}
