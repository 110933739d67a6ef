import { isApiError, isNueApiError, isResponseParseError, type NueApiError } from 'creditline/nue';
import { describe, expect, it } from 'vitest';
import { caught } from '../support/caught.js';
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
