import { isNueApiError, isNueGraphqlError, isResponseParseError, type NueGraphqlEndpoint, type NueGraphqlError } from 'creditline/nue';
import { describe, expect, it } from 'vitest';
import { NUE_GRAPHQL_PATHS } from '../../src/nue/graphql/graphql-endpoints.js';
import { caught } from '../support/caught.js';
import { GRAPHQL_PATHS } from './fake-nue-server.js';
import { expectClean, SOLO_AUTH, setup } from './fixtures.js';

interface Echo {
  endpoint: string;
  query: string;
  variables?: unknown;
  operationName?: string;
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
