// Static credentials: a bearer token or Basic credentials sent as given with the tenant's
// apiAccessKey, never a login; what a rejection of them is.
import { describe, expect, it } from 'vitest';
import { caught } from '../support/caught.js';
import { expectClean, KEY_SOLO, PASSWORD, SOLO, STATS, setup } from './fixtures.js';

const STATIC_TOKEN = 'static-jwt-eyJhbGciOi.payload.sig';
const BASIC = Buffer.from(`${SOLO.userName}:${PASSWORD}`).toString('base64');

describe('Nue static bearer token and Basic auth', () => {
  it('sends a static bearer token with the apiAccessKey, and never logs in', async () => {
    const context = await setup(
      { auth: { bearerToken: STATIC_TOKEN, apiAccessKey: KEY_SOLO } },
      { staticTokens: [{ token: STATIC_TOKEN, apiAccessKey: KEY_SOLO }] },
    );
    const { data } = await context.nue.GET('/customers/{customerId}/credit-stats', STATS);
    expect(data?.data?.summary?.totalBalance).toBe(42);
    const [request] = context.server.requests;
    expect(request?.headers.authorization).toBe(`Bearer ${STATIC_TOKEN}`);
    expect(request?.headers.apiaccesskey).toBe(KEY_SOLO);
    expect(context.server.counts.logins).toBe(0);
    expect(context.nue.auth.strategy).toBe('bearer');
    await context.nue.logout(); // nothing to revoke
    expect(context.server.requests).toHaveLength(1);
  });

  it('a rejected static token is a NueAuthError at once, without a refresh or resend, and without the token', async () => {
    const context = await setup({ auth: { bearerToken: STATIC_TOKEN, apiAccessKey: KEY_SOLO } });
    const error = await caught(context.nue.GET('/customers/{customerId}/credit-stats', STATS));
    expect(error).toMatchObject({ name: 'NueAuthError', problem: 'unauthorized', status: 401 });
    expect(context.server.requests).toHaveLength(1);
    expectClean(error, context, [STATIC_TOKEN]);
  });

  it('sends Basic base64(username:password) with the apiAccessKey', async () => {
    const context = await setup({ auth: { basic: { username: SOLO.userName, password: PASSWORD }, apiAccessKey: KEY_SOLO } });
    const { data } = await context.nue.GET('/customers/{customerId}/credit-stats', STATS);
    expect(data?.data?.summary?.totalBalance).toBe(42);
    expect(context.server.requests[0]?.headers.authorization).toBe(`Basic ${BASIC}`);
    expect(context.server.requests[0]?.headers.apiaccesskey).toBe(KEY_SOLO);
    expect(context.nue.auth.strategy).toBe('basic');
  });

  it('sends a ready Basic token as given', async () => {
    const context = await setup({ auth: { basic: { token: BASIC }, apiAccessKey: KEY_SOLO } });
    await context.nue.GET('/customers/{customerId}/credit-stats', STATS);
    expect(context.server.requests[0]?.headers.authorization).toBe(`Basic ${BASIC}`);
  });

  it('rejected Basic credentials are a NueAuthError without the credentials, even echoed by the server', async () => {
    const wrong = 'Wr0ng-basic-pass';
    const context = await setup({ auth: { basic: { username: SOLO.userName, password: wrong }, apiAccessKey: KEY_SOLO } });
    const error = await caught(context.nue.GET('/customers/{customerId}/credit-stats', STATS));
    expect(error).toMatchObject({ name: 'NueAuthError', problem: 'unauthorized' });
    expect((error as Error).message).toContain('bad basic credentials Basic ***');
    expectClean(error, context, [wrong, Buffer.from(`${SOLO.userName}:${wrong}`).toString('base64')]);
  });
});
