// nue.graphql: the request on each of the four endpoints (POST or GET), the argument checks, and
// how the errors of an answer (200 or 4xx) become a NueGraphqlError, a NueApiError or a
// ResponseParseError.
import { isConfigurationError } from 'creditline';
import { createNueClient, isNueApiError, isNueGraphqlError, isResponseParseError, type NueGraphqlEndpoint, type NueGraphqlError } from 'creditline/nue';
import { describe, expect, it } from 'vitest';
import { NUE_GRAPHQL_PATHS } from '../../src/nue/graphql/graphql-endpoints.js';
import { caught } from '../support/caught.js';
import { type RecordedRequest, sendJson, sendRaw, useServer } from '../support/http-server.js';
import { GRAPHQL_PATHS } from './fake-nue-server.js';
import { expectClean, SOLO_AUTH, setup } from './fixtures.js';

interface Echo {
  endpoint: string;
  query: string;
  variables?: unknown;
  operationName?: string;
}

const KEY = 'static-graphql-key-9d2e';

/** A server answering every request with `status` and `body` (JSON unless a string). */
async function answering(status: number, body: unknown) {
  const seen: RecordedRequest[] = [];
  const server = await useServer((request, res) => {
    seen.push(request);
    if (typeof body === 'string') return sendRaw(res, status, body, { 'content-type': 'application/json' });
    return sendJson(res, status, body);
  });
  const nue = createNueClient({ baseUrl: server.origin, auth: { apiKey: KEY }, retry: { retries: 0 } });
  return { nue, seen };
}

describe('nue.graphql', () => {
  it('POSTs { query, variables, operationName } as JSON to each of the four endpoints and returns data', async () => {
    const context = await setup({ auth: SOLO_AUTH });
    const endpoints = Object.keys(NUE_GRAPHQL_PATHS) as NueGraphqlEndpoint[];
    expect(endpoints.map((endpoint) => NUE_GRAPHQL_PATHS[endpoint]).sort()).toEqual([...GRAPHQL_PATHS].sort());
    for (const endpoint of endpoints) {
      const data = await context.nue.graphql<Echo, { id: string }>(endpoint, {
        query: 'query Q($id: String) { Order(where: {id: {_eq: $id}}) { id } }',
        variables: { id: 'o-1' },
        operationName: 'Q',
      });
      expect(data).toEqual({
        endpoint: NUE_GRAPHQL_PATHS[endpoint],
        query: 'query Q($id: String) { Order(where: {id: {_eq: $id}}) { id } }',
        variables: { id: 'o-1' },
        operationName: 'Q',
      });
      const request = context.server.requestsTo(NUE_GRAPHQL_PATHS[endpoint])[0];
      expect(request?.method).toBe('POST');
      expect(request?.headers['content-type']).toBe('application/json');
    }
  });

  it('sends query, operationName and JSON variables as query parameters with method GET', async () => {
    const context = await setup({ auth: SOLO_AUTH });
    const data = await context.nue.graphql<Echo>('usage', { query: '{ Usage { id } }', variables: { n: 1 }, operationName: 'U' }, { method: 'GET' });
    expect(data).toMatchObject({ endpoint: '/v1/usage/async/graphql', query: '{ Usage { id } }', variables: { n: 1 }, operationName: 'U' });
    const request = context.server.requestsTo('/v1/usage/async/graphql')[0];
    expect(request?.method).toBe('GET');
    expect(request?.query.get('variables')).toBe('{"n":1}');
  });

  it('raises the GraphQL errors as NueGraphqlError, with partial data, secrets masked', async () => {
    const context = await setup({ auth: SOLO_AUTH });
    context.server.graphql = (_path, request) => ({
      body: {
        data: { Order: null },
        errors: [
          { message: `Field "Orderz" not found (caller ${request.query ?? ''})`, locations: [{ line: 1, column: 3 }], path: ['Order'] },
          { message: `token ${context.server.issuedSecrets()[0] ?? ''} lacks scope`, extensions: { code: 'FORBIDDEN' } },
        ],
      },
    });
    const error = await caught(context.nue.graphql('orders', { query: '{ Orderz { id } }', operationName: 'Bad' }));
    expect(isNueGraphqlError(error)).toBe(true);
    const graphqlError = error as NueGraphqlError;
    expect(graphqlError).toMatchObject({ endpoint: 'orders', operationName: 'Bad', status: 200, data: { Order: null } });
    expect(graphqlError.errors).toHaveLength(2);
    expect(graphqlError.errors[0]).toMatchObject({ locations: [{ line: 1, column: 3 }], path: ['Order'] });
    expect(graphqlError.errors[1]).toEqual({ message: 'token *** lacks scope', extensions: { code: 'FORBIDDEN' } });
    expect(graphqlError.message).toBe(
      'POST /v1/orders/async/graphql: Nue GraphQL (orders Bad) answered with 2 errors: Field "Orderz" not found (caller { Orderz { id } }) (+1 more)',
    );
    expectClean(error, context);
  });

  it('a 400 with a GraphQL body is a NueGraphqlError; a 400 ErrorMessage is a NueApiError', async () => {
    const context = await setup({ auth: SOLO_AUTH });
    context.server.graphql = () => ({ status: 400, body: { errors: [{ message: 'Syntax Error: Unexpected Name "quer"' }] } });
    const graphqlError = await caught(context.nue.graphql('revenue', { query: 'quer { x }' }));
    expect(graphqlError).toMatchObject({ name: 'NueGraphqlError', status: 400, errors: [{ message: 'Syntax Error: Unexpected Name "quer"' }] });

    context.server.graphql = () => ({
      status: 400,
      body: { title: 'Bad Request', message: 'query is required', errorCode: 'INVALID_QUERY', errorType: 'ValidationError' },
    });
    const apiError = await caught(context.nue.graphql('lifecycle', { query: '{ x }' }));
    expect(isNueApiError(apiError)).toBe(true);
    expect(apiError).toMatchObject({ status: 400, errorCode: 'INVALID_QUERY', errorType: 'ValidationError', operation: 'POST /v1/async/graphql' });
  });

  it('an answer that is HTML, empty, malformed or has neither data nor errors is a ResponseParseError', async () => {
    const context = await setup({ auth: SOLO_AUTH });
    const answers = [
      { raw: '<html>oops</html>', contentType: 'text/html' },
      {},
      { raw: '{"data": {', contentType: 'application/json' },
      { body: { result: 1 } },
    ];
    for (const answer of answers) {
      context.server.graphql = () => answer;
      const error = await caught(context.nue.graphql('orders', { query: '{ Order { id } }' }));
      expect(isResponseParseError(error), JSON.stringify(answer)).toBe(true);
      expect(error).toMatchObject({ method: 'POST', pathTemplate: '/v1/orders/async/graphql' });
    }
  });
});

describe('nue.graphql: arguments', () => {
  it.each([
    ['an unknown endpoint', 'billing', { query: '{ a }' }, 'graphql: endpoint'],
    ['an inherited property name as endpoint', 'constructor', { query: '{ a }' }, 'graphql: endpoint'],
    ['an endpoint that is not a string', 7, { query: '{ a }' }, 'graphql: endpoint'],
    ['no request', 'orders', undefined, 'graphql: query'],
    ['a query that is not a string', 'orders', { query: 5 }, 'graphql: query'],
    ['an empty query', 'orders', { query: '' }, 'graphql: query'],
    ['a blank query', 'orders', { query: ' \n ' }, 'graphql: query'],
  ])('rejects %s before any request', async (_name, endpoint, request, option) => {
    const { nue, seen } = await answering(200, { data: {} });
    const error = await caught(nue.graphql(endpoint as NueGraphqlEndpoint, request as { query: string }));
    expect(isConfigurationError(error)).toBe(true);
    expect(error).toMatchObject({ option });
    expect(seen).toHaveLength(0);
  });

  it('names the endpoints it knows and the one it got', async () => {
    const { nue } = await answering(200, { data: {} });
    const error = await caught(nue.graphql('billing' as NueGraphqlEndpoint, { query: '{ a }' }));
    expect((error as Error).message).toContain('lifecycle, orders, usage, revenue');
    expect((error as Error).message).toContain('got billing');
  });
});

describe('nue.graphql: errors', () => {
  it('reads every shape of error entry', async () => {
    const { nue } = await answering(200, {
      data: null,
      errors: [
        'plain text',
        { message: 'full', locations: [{ line: 1, column: 2 }], path: ['Order', 0], extensions: { code: 'X' } },
        { locations: 'nowhere', path: 'Order', extensions: 'no' },
        null,
        { message: 5, extensions: null },
      ],
    });
    const error = await caught(nue.graphql('orders', { query: '{ Order { id } }' }));
    expect(isNueGraphqlError(error)).toBe(true);
    expect(error).toMatchObject({ endpoint: 'orders', operationName: undefined, status: 200, data: undefined });
    expect((error as { errors: unknown }).errors).toStrictEqual([
      { message: 'plain text' },
      { message: 'full', locations: [{ line: 1, column: 2 }], path: ['Order', 0], extensions: { code: 'X' } },
      { message: 'unknown error' },
      { message: 'unknown error' },
      { message: 'unknown error' },
    ]);
    expect((error as Error).message).toBe('POST /v1/orders/async/graphql: Nue GraphQL (orders) answered with 5 errors: plain text (+4 more)');
  });

  it('names the operation and a single error in the message, cut at 300 characters', async () => {
    const long = `${'x'.repeat(300)}TAIL`;
    const { nue } = await answering(200, { data: { partial: true }, errors: [{ message: long }] });
    const error = await caught(nue.graphql('usage', { query: 'query Q { a }', operationName: 'Q' }));
    expect(error).toMatchObject({ endpoint: 'usage', operationName: 'Q', data: { partial: true } });
    expect((error as Error).message).toBe(`POST /v1/usage/async/graphql: Nue GraphQL (usage Q) answered with 1 error: ${'x'.repeat(300)}`);
  });

  it('an empty errors list with data is a success', async () => {
    const { nue } = await answering(200, { data: { a: 1 }, errors: [] });
    expect(await nue.graphql('orders', { query: '{ a }' })).toEqual({ a: 1 });
  });

  it.each([
    ['no data and no errors', {}],
    ['null data and no errors', { data: null, errors: [] }],
  ])('%s is a ResponseParseError', async (_name, body) => {
    const { nue } = await answering(200, body);
    const error = await caught(nue.graphql('orders', { query: '{ a }' }));
    expect(isResponseParseError(error)).toBe(true);
    expect((error as Error).message).toContain('neither data nor errors');
  });

  it('a 400 with a GraphQL body is a NueGraphqlError with its status and data', async () => {
    const { nue } = await answering(400, { errors: [{ message: 'Syntax Error' }], data: { x: 1 } });
    const error = await caught(nue.graphql('revenue', { query: '{ a' }));
    expect(isNueGraphqlError(error)).toBe(true);
    expect(error).toMatchObject({ status: 400, errors: [{ message: 'Syntax Error' }], data: { x: 1 } });
  });

  it('a 400 with a GraphQL body without data has data undefined', async () => {
    const { nue } = await answering(400, { errors: [{ message: 'Syntax Error' }], data: null });
    const error = await caught(nue.graphql('revenue', { query: '{ a' }));
    expect(isNueGraphqlError(error)).toBe(true);
    expect((error as { data: unknown }).data).toBeUndefined();
  });

  it.each([
    ['a Nue error body', { message: 'bad', errorCode: 'E' }],
    ['an empty errors list', { errors: [] }],
    ['an empty body', ''],
  ])('a 400 with %s stays a NueApiError', async (_name, body) => {
    const { nue } = await answering(400, body);
    const error = await caught(nue.graphql('lifecycle', { query: '{ a }' }));
    expect(isNueApiError(error)).toBe(true);
    expect(isNueGraphqlError(error)).toBe(false);
  });
});
