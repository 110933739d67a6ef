// `nue.graphql(endpoint, { query, variables, operationName })`: one GraphQL query against one of
// the four `/async/graphql` endpoints, answering `data` or raising the GraphQL `errors`.
//
// Decisions (the reference says only "The graghQL query is passed in the request body" / "in the
// URL", with an undescribed "Inline" answer; public code sends a JSON object, spec/nue/CURATION.md N8):
// - POST (default) sends the GraphQL-over-HTTP JSON body `{ query, variables, operationName }`
//   as `application/json` (the curl samples send `Content-Type: application/json`);
//   GET sends them as the documented query parameters, `variables` JSON-encoded.
// - The answer is read as a GraphQL response (`{ data, errors }`, GraphQL spec §7.1): non-empty
//   `errors` raise NueGraphqlError (with any partial `data`); an answer with neither `data` nor
//   `errors` is a ResponseParseError. A non-2xx answer whose body carries GraphQL `errors` is a
//   NueGraphqlError too; other non-2xx answers are NueApiError.

import { answerDetails, describeAnswer, type HelperCall, parseJsonAnswer } from '../../core/answers.js';
import { type CallOptions, helperInit } from '../../core/create-core-client.js';
import { ConfigurationError, detailsOf, ResponseParseError } from '../../core/errors.js';
import type { Redactor } from '../../core/redaction/redactor.js';
import { NueApiError, NueGraphqlError, type NueGraphqlErrorEntry } from '../errors.js';
import type { RawAnswerClient } from '../raw-answer-client.js';
import { isNueGraphqlEndpoint, NUE_GRAPHQL_PATHS, type NueGraphqlEndpoint } from './graphql-endpoints.js';

/** A GraphQL request. */
export interface NueGraphqlRequest<TVariables extends Record<string, unknown> = Record<string, unknown>> {
  /** The query document. */
  query: string;
  /** The query's variables; JSON-encoded into the URL for GET. */
  variables?: TVariables;
  /** Which operation of the document to run. */
  operationName?: string;
}

export interface NueGraphqlOptions extends CallOptions {
  /** POST (default) sends the query in the body; GET in the URL. */
  method?: 'POST' | 'GET';
}

/**
 * `nue.graphql(endpoint, request, options)`: runs the query and resolves with its `data`, typed by
 * you. An answer with `errors` is a NueGraphqlError; an answer with neither is a ResponseParseError.
 */
export type NueGraphql = <TData = unknown, TVariables extends Record<string, unknown> = Record<string, unknown>>(
  endpoint: NueGraphqlEndpoint,
  request: NueGraphqlRequest<TVariables>,
  options?: NueGraphqlOptions,
) => Promise<TData>;

export function createGraphql(client: RawAnswerClient, redactor: Redactor): NueGraphql {
  return async function graphql<TData>(endpoint: NueGraphqlEndpoint, request: NueGraphqlRequest, options: NueGraphqlOptions = {}): Promise<TData> {
    if (!isNueGraphqlEndpoint(endpoint))
      throw new ConfigurationError('graphql: endpoint', `must be one of ${Object.keys(NUE_GRAPHQL_PATHS).join(', ')}; got ${String(endpoint)}`);
    if (!request || typeof request.query !== 'string' || request.query.trim() === '')
      throw new ConfigurationError('graphql: query', 'must be a non-empty string');
    const path = NUE_GRAPHQL_PATHS[endpoint];
    const method = options.method ?? 'POST';
    const { query, variables, operationName } = request;

    const init = { ...helperInit(options), parseAs: 'text' as const };
    let answerText: string | undefined;
    let response: Response;
    try {
      ({ data: answerText, response } =
        method === 'GET'
          ? await client.GET(path, {
              ...init,
              params: { query: { query, ...(operationName ? { operationName } : {}), ...(variables ? { variables: JSON.stringify(variables) } : {}) } },
            })
          : await client.POST(path, { ...init, body: { query, ...(variables ? { variables } : {}), ...(operationName ? { operationName } : {}) } }));
    } catch (error) {
      // Some GraphQL servers reject a bad query with 400 and a GraphQL body.
      const errors = error instanceof NueApiError ? graphqlErrors((error.body as { errors?: unknown } | undefined)?.errors, redactor) : undefined;
      if (error instanceof NueApiError && errors)
        throw new NueGraphqlError(detailsOf(error), { endpoint, operationName, errors, data: (error.body as { data?: unknown }).data ?? undefined });
      throw error;
    }

    const call: HelperCall = { method, pathTemplate: path, redactor };
    const answer = parseJsonAnswer(answerText ?? '', response, call, 'a GraphQL answer');
    const errors = graphqlErrors(answer.errors, redactor);
    const data = redactor.value(answer.data);
    if (errors) throw new NueGraphqlError(answerDetails(response, call, answer), { endpoint, operationName, errors, data: data ?? undefined });
    if (data === undefined || data === null) throw new ResponseParseError(describeAnswer(response, call), 'the GraphQL answer has neither data nor errors');
    return data as TData;
  };
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
