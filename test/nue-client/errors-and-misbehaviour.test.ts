// The Nue errors: how non-2xx answers become a NueApiError or NueAuthError (body, fields,
// message), the plain { data, error } style, a server that answers with HTML, nothing or broken
// JSON, and what each error class says.
import { isApiError } from 'creditline';
import {
  createNueClient,
  isNueApiError,
  isNueAuthError,
  isResponseParseError,
  type NueApiError,
  NueAuthError,
  NueChallengeError,
  NueGraphqlError,
  NueJobError,
  NueJobTimeoutError,
  type NueTenantChoice,
  TenantChoiceError,
} from 'creditline/nue';
import { describe, expect, it } from 'vitest';
import { caught } from '../support/caught.js';
import { sendRaw, useServer } from '../support/http-server.js';
import { expectClean, SOLO_AUTH, STATS, setup } from './fixtures.js';

const STATS_PATH = '/customers/cus-1/credit-stats';

describe('Nue errors', () => {
  it('a non-2xx answer is a NueApiError (an ApiError) with the ErrorMessage typed, the status and the operation', async () => {
    const context = await setup({ auth: SOLO_AUTH });
    const error = await caught(
      context.nue.GET('/customers/{customerId}/credit-stats', { params: { path: { customerId: 'cus-1' }, query: { accountPoolIds: ['missing'] } } }),
    );
    expect(isNueApiError(error)).toBe(true);
    expect(isApiError(error)).toBe(true);
    const apiError = error as NueApiError;
    expect(apiError).toMatchObject({
      status: 404,
      method: 'GET',
      pathTemplate: '/customers/{customerId}/credit-stats',
      operation: 'GET /customers/{customerId}/credit-stats',
      errorCode: 'NOT_FOUND',
      errorType: 'NotFound',
      title: 'Not Found',
    });
    expect(apiError.body).toEqual({ title: 'Not Found', message: 'no such pool', errorCode: 'NOT_FOUND', errorType: 'NotFound' });
    expect(apiError.message).toBe('GET /customers/{customerId}/credit-stats failed with 404 Not Found: no such pool');
    expectClean(error, context);
  });

  it('keeps the plain openapi-fetch { data, error } style with throwOnError: false', async () => {
    const context = await setup({ auth: SOLO_AUTH, throwOnError: false });
    const result = await context.nue.GET('/customers/{customerId}/credit-stats', {
      params: { path: { customerId: 'cus-1' }, query: { accountPoolIds: ['missing'] } },
    });
    expect(result.data).toBeUndefined();
    expect(result.error).toEqual({ title: 'Not Found', message: 'no such pool', errorCode: 'NOT_FOUND', errorType: 'NotFound' });
    expect(result.response.status).toBe(404);
  });

  it('a per-call throwOnError: false works too, on the client itself', async () => {
    const context = await setup({ auth: SOLO_AUTH });
    const result = await context.nue.GET('/customers/{customerId}/credit-stats', {
      params: { path: { customerId: 'cus-1' }, query: { accountPoolIds: ['missing'] } },
      creditline: { throwOnError: false },
    });
    expect(result.response.status).toBe(404);
  });
});

/** A client with a static key against a server answering every call with `status` and `raw` JSON text. */
async function clientAnswering(status: number, raw: string, contentType = 'application/json') {
  const server = await useServer((_request, res) => (raw === '' ? sendRaw(res, status) : sendRaw(res, status, raw, { 'content-type': contentType })));
  return createNueClient({ baseUrl: server.origin, auth: { apiKey: 'static-key-err' }, retry: { retries: 0 } });
}

describe('Nue errors: the body and message of a non-2xx answer', () => {
  it('a 401 names the message of a Nue error body', async () => {
    const nue = await clientAnswering(401, JSON.stringify({ message: 'token expired' }));
    const error = await caught(nue.graphql('orders', { query: '{ a }' }));
    expect(isNueAuthError(error)).toBe(true);
    expect(error).toMatchObject({ problem: 'unauthorized', status: 401 });
    expect((error as Error).message).toBe('POST /v1/orders/async/graphql: Nue answered with 401 Unauthorized: token expired');
  });

  it.each([
    ['an empty body', ''],
    ['an object without a message', JSON.stringify({ title: 'Unauthorized' })],
    ['a text body', 'go away'],
  ])('a 401 with %s adds nothing to the message', async (_name, raw) => {
    const nue = await clientAnswering(401, raw, raw === 'go away' ? 'text/plain' : 'application/json');
    const error = await caught(nue.graphql('orders', { query: '{ a }' }));
    expect(isNueAuthError(error)).toBe(true);
    expect((error as Error).message).toBe('POST /v1/orders/async/graphql: Nue answered with 401 Unauthorized');
  });

  it.each([
    ['empty', '', 'application/json', undefined],
    ['a JSON number', '5', 'application/json', undefined],
    ['JSON null', 'null', 'application/json', undefined],
    ['text', 'Bad Gateway', 'text/plain', 'Bad Gateway'],
  ])('a 502 NueApiError body is undefined or text when the body is %s', async (_name, raw, contentType, body) => {
    const nue = await clientAnswering(502, raw, contentType);
    const error = await caught(nue.graphql('orders', { query: '{ a }' }));
    expect(isNueApiError(error)).toBe(true);
    expect(error).toMatchObject({ status: 502, errorCode: undefined, title: undefined });
    expect((error as { body: unknown }).body).toBe(body);
  });

  it('lifts only the string fields of a Nue error body', async () => {
    const nue = await clientAnswering(500, JSON.stringify({ title: 5, errorCode: 'E_X', errorType: ['no'] }));
    const error = await caught(nue.graphql('orders', { query: '{ a }' }));
    expect(error).toMatchObject({ errorCode: 'E_X', title: undefined, errorType: undefined, body: { title: 5, errorCode: 'E_X' } });
  });
});

describe('Nue server misbehaving', () => {
  it('an HTML error page is a NueApiError with the text as body', async () => {
    const context = await setup({ auth: SOLO_AUTH });
    context.server.misbehaving.set(STATS_PATH, 'html-502');
    const error = await caught(context.nue.GET('/customers/{customerId}/credit-stats', STATS));
    expect(error).toMatchObject({ name: 'NueApiError', status: 502, errorCode: undefined });
    expect((error as NueApiError).body).toContain('<title>502 Bad Gateway</title>');
    expectClean(error, context);
  });

  it('an empty error body is a NueApiError with body undefined', async () => {
    const context = await setup({ auth: SOLO_AUTH });
    context.server.misbehaving.set(STATS_PATH, 'empty-500');
    const error = await caught(context.nue.GET('/customers/{customerId}/credit-stats', STATS));
    expect(error).toMatchObject({ name: 'NueApiError', status: 500, body: undefined });
  });

  it('an HTML page or malformed JSON with 200 is a ResponseParseError', async () => {
    const context = await setup({ auth: SOLO_AUTH });
    for (const how of ['html-200', 'malformed-json-200'] as const) {
      context.server.misbehaving.set(STATS_PATH, how);
      const error = await caught(context.nue.GET('/customers/{customerId}/credit-stats', STATS));
      expect(isResponseParseError(error), how).toBe(true);
      expect(error).toMatchObject({ method: 'GET', pathTemplate: '/customers/{customerId}/credit-stats' });
      expectClean(error, context);
    }
  });

  it('a login answered with HTML, an empty body or malformed JSON is a ResponseParseError that quotes nothing', async () => {
    for (const how of ['html-200', 'empty-200', 'malformed-json-200'] as const) {
      const context = await setup({ auth: SOLO_AUTH });
      context.server.misbehaving.set('/auth/token', how);
      const error = await caught(context.nue.GET('/customers/{customerId}/credit-stats', STATS));
      expect(isResponseParseError(error), how).toBe(true);
      expect(error).toMatchObject({ method: 'POST', pathTemplate: '/auth/token' });
      expect((error as Error).message).not.toContain('half'); // the broken body is not quoted
      expect(context.server.counts.apiRequests).toBe(0);
      expectClean(error, context);
    }
  });

  it('a login answered by a 502 HTML page is a NueApiError of POST /auth/token', async () => {
    const context = await setup({ auth: SOLO_AUTH });
    context.server.misbehaving.set('/auth/token', 'html-502');
    const error = await caught(context.nue.auth.login());
    expect(error).toMatchObject({ name: 'NueApiError', status: 502, operation: 'POST /auth/token' });
    expectClean(error, context);
  });

  it('a refresh answered with garbage falls back to a login', async () => {
    const context = await setup({ auth: SOLO_AUTH });
    await context.nue.auth.login();
    context.server.misbehaving.set('/auth/refreshToken', 'malformed-json-200');
    context.clock.advance(3600 * 1000);
    const { data } = await context.nue.GET('/customers/{customerId}/credit-stats', STATS);
    expect(data?.data?.summary?.totalBalance).toBe(42);
    expect(context.server.counts.logins).toBe(2);
  });
});

const tenant = (over: Partial<NueTenantChoice>): NueTenantChoice => ({
  tenantId: undefined,
  tenantName: undefined,
  tenantNumber: undefined,
  orgId: undefined,
  orgName: undefined,
  ...over,
});

describe('what TenantChoiceError says', () => {
  const FULL = tenant({ tenantId: 'tn-1', tenantName: 'Acme EU', tenantNumber: 101, orgId: 'o', orgName: 'Acme' });
  const BARE = tenant({});

  it('lists each choice with what is known about it', () => {
    const error = new TenantChoiceError('choice-required', undefined, [FULL, BARE, tenant({ tenantNumber: 0 })]);
    expect(error.name).toBe('TenantChoiceError');
    expect(error).toMatchObject({ problem: 'choice-required', requested: undefined });
    expect(error.message).toBe(
      'this Nue user has 3 tenants; choose one with auth.tenant (its tenantId, tenantName or tenantNumber): ' +
        '"Acme EU" (tenantId tn-1, tenantNumber 101, org "Acme"); (no name); (no name) (tenantNumber 0)',
    );
  });

  it('says what was asked for when nothing matches, and "none" without tenants', () => {
    expect(new TenantChoiceError('not-found', 'Acme US', [tenant({ tenantName: 'Acme EU' })]).message).toBe(
      'no Nue tenant matches auth.tenant "Acme US"; the user\'s tenants are: "Acme EU"',
    );
    expect(new TenantChoiceError('not-found', undefined, []).message).toBe('no Nue tenant matches auth.tenant ""; the user\'s tenants are: none');
  });

  it('asks for a tenantId when several match', () => {
    const error = new TenantChoiceError('ambiguous', 'Acme', [tenant({ tenantId: 'a', tenantName: 'Acme' }), tenant({ tenantId: 'b', tenantName: 'Acme' })]);
    expect(error.message).toBe('several Nue tenants match auth.tenant "Acme"; use a tenantId instead: "Acme" (tenantId a); "Acme" (tenantId b)');
    expect(new TenantChoiceError('ambiguous', undefined, []).message).toContain('auth.tenant ""');
  });

  it('points to auth.apiAccessKey when no tenant has a key', () => {
    expect(new TenantChoiceError('no-tenant', undefined, []).message).toBe('the Nue login result lists no tenant with an apiAccessKey; pass auth.apiAccessKey');
  });
});

describe('what the job, challenge, GraphQL and auth errors say', () => {
  const failure = {
    kind: 'export' as const,
    jobId: 'j-1',
    status: 'Failed',
    partial: false,
    errorCode: undefined,
    errors: [] as string[],
    errorLog: undefined,
    job: {},
  };

  it('NueJobError says failed or partial, the code, the first error cut at 300 characters and how many more', () => {
    expect(new NueJobError(failure).message).toBe('Nue export job j-1 failed (status Failed)');
    expect(new NueJobError({ ...failure, partial: true, status: 'PartialCompleted', errorCode: 'E9', errors: ['one'] }).message).toBe(
      'Nue export job j-1 completed only partially (status PartialCompleted) [E9]: one',
    );
    expect(new NueJobError({ ...failure, errors: [`${'y'.repeat(300)}TAIL`, 'two', 'three'] }).message).toBe(
      `Nue export job j-1 failed (status Failed): ${'y'.repeat(300)} (+2 more)`,
    );
  });

  it('NueJobTimeoutError is named and says "none" before any status', () => {
    const error = new NueJobTimeoutError('import', 'i-1', 500, undefined, 0);
    expect(error.name).toBe('NueJobTimeoutError');
    expect(error.message).toBe('Nue import job i-1 did not finish within 500 ms (last status: none, 0 polls)');
  });

  it('NueChallengeError is named and names the challenge, or says it has none', () => {
    const named = new NueChallengeError('NEW_PASSWORD_REQUIRED');
    expect(named.name).toBe('NueChallengeError');
    expect(named.message).toBe(
      'Nue answered the login with a challenge "NEW_PASSWORD_REQUIRED" instead of a token; creditline cannot answer login challenges — complete it in the Nue app, then log in again',
    );
    expect(new NueChallengeError(undefined).message).toContain('a challenge (without a name) instead of a token');
  });

  it('NueGraphqlError without entries says "unknown error"', () => {
    const answer = {
      method: 'POST',
      pathTemplate: '/v1/orders/async/graphql',
      url: 'https://api.nue.io/v1/orders/async/graphql',
      status: 200,
      statusText: 'OK',
      body: {},
      requestId: undefined,
    };
    const error = new NueGraphqlError(answer, { endpoint: 'orders', operationName: undefined, errors: [], data: undefined });
    expect(error.message).toBe('POST /v1/orders/async/graphql: Nue GraphQL (orders) answered with 0 errors: unknown error');
  });

  it('NueAuthError is the NueApiError of the answer that refused, with its problem', () => {
    const answer = {
      method: 'GET',
      pathTemplate: '/customers/{customerId}/credit-stats',
      url: 'https://api.nue.io/customers/c/credit-stats',
      status: 401,
      statusText: 'Unauthorized',
      body: [],
      requestId: 'r-1',
    };
    const error = new NueAuthError('unauthorized', answer, 'Nue answered with 401 Unauthorized');
    expect(isApiError(error) && isNueApiError(error)).toBe(true);
    expect(error).toMatchObject({ ...answer, problem: 'unauthorized', operation: 'GET /customers/{customerId}/credit-stats' });
    expect(error.message).toBe('GET /customers/{customerId}/credit-stats: Nue answered with 401 Unauthorized');
  });
});
