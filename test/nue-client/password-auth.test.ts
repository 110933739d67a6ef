import { isAbortError, isNueAuthError, NueApiError } from 'creditline/nue';
import { describe, expect, it } from 'vitest';
import { caught } from '../support/caught.js';
import { expectNoSecretsInLog } from '../support/secrets.js';
import { expectClean, KEY_SOLO, PASSWORD, type Setup, SOLO, SOLO_AUTH, STATS, setup, until } from './fixtures.js';

const graphqlBodies = (context: Setup) => context.server.requestsTo('/v1/orders/async/graphql').map((request) => request.body);

describe('Nue password login', () => {
  it('logs in once with userName/password and sends the token and the tenant apiAccessKey', async () => {
    const context = await setup({ auth: SOLO_AUTH });
    const { data } = await context.nue.GET('/customers/{customerId}/credit-stats', STATS);
    await context.nue.GET('/customers/{customerId}/credit-stats', STATS);

    expect(data?.data?.summary?.totalBalance).toBe(42);
    expect(context.server.counts).toMatchObject({ logins: 1, refreshes: 0 });
    const [login, first, second] = context.server.requests;
    expect(login?.path).toBe('/auth/token');
    expect(JSON.parse(login?.body ?? '')).toEqual({ userName: SOLO.userName, password: PASSWORD, showTenants: true });
    expect(first?.headers.authorization).toMatch(/^Bearer jwt-1-/);
    expect(first?.headers.apiaccesskey).toBe(KEY_SOLO);
    expect(second?.headers.authorization).toBe(first?.headers.authorization);
    expect(context.nue.auth.strategy).toBe('password');
    expect(context.nue.auth.tenant()).toMatchObject({ tenantId: 'tn-solo', tenantName: 'Solo GmbH' });
  });

  it('refreshes through /auth/refreshToken before the token expires (skew), not after', async () => {
    const context = await setup({ auth: { ...SOLO_AUTH, refreshSkewSeconds: 60 } }, { expiresIn: 3600 });
    await context.nue.GET('/customers/{customerId}/credit-stats', STATS);

    context.clock.advance((3600 - 61) * 1000); // still outside the skew window
    await context.nue.GET('/customers/{customerId}/credit-stats', STATS);
    expect(context.server.counts.refreshes).toBe(0);

    context.clock.advance(2_000); // 59 s before expiry: inside the skew window
    await context.nue.GET('/customers/{customerId}/credit-stats', STATS);
    expect(context.server.counts).toMatchObject({ logins: 1, refreshes: 1, unauthorized: 0 });

    const refresh = context.server.requestsTo('/auth/refreshToken')[0];
    expect(refresh?.headers.apiaccesskey).toBe(KEY_SOLO);
    expect(JSON.parse(refresh?.body ?? '')).toEqual({ refreshToken: expect.stringMatching(/^refresh-1-/), userName: SOLO.userName });
    const last = context.server.requests.at(-1);
    expect(last?.headers.authorization).toMatch(/^Bearer jwt-2-/);
  });

  it('logs in again when the refresh fails', async () => {
    const context = await setup({ auth: SOLO_AUTH });
    await context.nue.GET('/customers/{customerId}/credit-stats', STATS);
    context.server.refreshBroken = true;
    context.clock.advance(3600 * 1000);

    const { data } = await context.nue.GET('/customers/{customerId}/credit-stats', STATS);
    expect(data?.data?.summary?.totalBalance).toBe(42);
    expect(context.server.counts).toMatchObject({ logins: 2, refreshes: 0, rejectedRefreshes: 1, unauthorized: 0 });
    expect(context.server.requests.map((request) => request.path)).toEqual([
      '/auth/token',
      '/customers/cus-1/credit-stats',
      '/auth/refreshToken',
      '/auth/token',
      '/customers/cus-1/credit-stats',
    ]);
    expect(context.log.some((entry) => entry.message.includes('logging in again'))).toBe(true);
    expectNoSecretsInLog(context.log, context.secrets());
  });

  it('100 concurrent requests across a token expiry cause exactly one refresh, and all succeed', async () => {
    const context = await setup({ auth: SOLO_AUTH }, { authDelayMs: 20 });
    await context.nue.GET('/customers/{customerId}/credit-stats', STATS);
    context.clock.advance(3600 * 1000);
    const results = await Promise.all(Array.from({ length: 100 }, () => context.nue.GET('/customers/{customerId}/credit-stats', STATS)));
    expect(results.every((result) => result.data?.data?.summary?.totalBalance === 42)).toBe(true);
    expect(context.server.counts).toMatchObject({ logins: 1, refreshes: 1, unauthorized: 0 });
    expect(context.server.requestsTo('/auth/refreshToken')).toHaveLength(1);
  });

  it('100 concurrent requests rejected by a server-side expiry share one refresh and are each resent once', async () => {
    const context = await setup({ auth: SOLO_AUTH }, { authDelayMs: 20 });
    await context.nue.GET('/customers/{customerId}/credit-stats', STATS);
    context.server.revokeAllAccessTokens(); // the client's clock still says the token is fine
    const results = await Promise.all(Array.from({ length: 100 }, () => context.nue.GET('/customers/{customerId}/credit-stats', STATS)));
    expect(results).toHaveLength(100);
    expect(context.server.counts).toMatchObject({ logins: 1, refreshes: 1, unauthorized: 100 });
    expect(context.server.requestsTo('/customers/cus-1/credit-stats')).toHaveLength(1 + 200);
  });

  it('a caller that aborts while the login is in flight stops waiting; the others still share that one login', async () => {
    const context = await setup({ auth: SOLO_AUTH }, { authDelayMs: 50 });
    const controller = new AbortController();
    const abandoned = context.nue.GET('/customers/{customerId}/credit-stats', { ...STATS, signal: controller.signal });
    const patient = context.nue.GET('/customers/{customerId}/credit-stats', STATS);
    await until(() => context.server.requestsTo('/auth/token').length === 1);
    controller.abort();

    expect(isAbortError(await caught(abandoned))).toBe(true);
    const { data } = await patient;
    expect(data?.data?.summary?.totalBalance).toBe(42);
    expect(context.server.counts.logins).toBe(1);
    expect(context.server.requestsTo('/customers/cus-1/credit-stats')).toHaveLength(1);
  });

  it('a 401 triggers one refresh and one resend of the request with its body intact', async () => {
    const context = await setup({ auth: SOLO_AUTH });
    await context.nue.auth.login();
    context.server.rejectNext = 1;

    const data = await context.nue.graphql<{ endpoint: string; variables: unknown }>('orders', {
      query: 'query Orders($n: Int) { Order(limit: $n) { id } }',
      variables: { n: 5 },
      operationName: 'Orders',
    });
    expect(data.variables).toEqual({ n: 5 });
    const bodies = graphqlBodies(context);
    expect(bodies).toHaveLength(2);
    expect(bodies[1]).toBe(bodies[0]);
    expect(JSON.parse(bodies[0] ?? '')).toEqual({ query: 'query Orders($n: Int) { Order(limit: $n) { id } }', variables: { n: 5 }, operationName: 'Orders' });
    expect(context.server.counts).toMatchObject({ logins: 1, refreshes: 1, unauthorized: 1 });
    const [first, second] = context.server.requestsTo('/v1/orders/async/graphql');
    expect(second?.headers.authorization).not.toBe(first?.headers.authorization);
  });

  it('the resend after a 401 is not a retry: a 503 after it is still retried within retries: 1', async () => {
    const context = await setup({ auth: SOLO_AUTH, retry: { retries: 1, baseDelayMs: 1, maxDelayMs: 1 } });
    await context.nue.auth.login();
    context.server.rejectNext = 1;
    context.server.unavailableNext = 1;

    const { data } = await context.nue.GET('/customers/{customerId}/credit-stats', STATS);
    expect(data?.data?.summary?.totalBalance).toBe(42);
    expect(context.server.requestsTo('/customers/cus-1/credit-stats')).toHaveLength(3);
    expect(context.server.counts).toMatchObject({ refreshes: 1, unauthorized: 1 });
  });

  it('a second 401 is a NueAuthError, after exactly one refresh and one resend', async () => {
    const context = await setup({ auth: SOLO_AUTH });
    await context.nue.auth.login();
    context.server.rejectNext = 1_000;

    const error = await caught(context.nue.GET('/customers/{customerId}/credit-stats', STATS));
    expect(isNueAuthError(error)).toBe(true);
    expect(error).toMatchObject({ problem: 'unauthorized', status: 401, operation: 'GET /customers/{customerId}/credit-stats' });
    expect(error).toBeInstanceOf(NueApiError); // the answer's own error, with its problem
    expect(context.server.requestsTo('/customers/cus-1/credit-stats')).toHaveLength(2);
    expect(context.server.counts).toMatchObject({ logins: 1, refreshes: 1 });
    // The fake server echoes the rejected Authorization header in its message.
    expect(String(error)).toContain('Bearer ***');
    expectClean(error, context);
  });

  it('when the renewal after a 401 fails too, the login error is raised and nothing is resent', async () => {
    const user = { ...SOLO, tenants: [...SOLO.tenants] };
    const context = await setup({ auth: SOLO_AUTH }, { users: [user] });
    await context.nue.auth.login();
    context.server.rejectNext = 1;
    context.server.refreshBroken = true;
    user.password = 'changed-by-admin-42';

    const error = await caught(context.nue.GET('/customers/{customerId}/credit-stats', STATS));
    expect(error).toMatchObject({ name: 'NueAuthError', problem: 'login-rejected', status: 401 });
    expect(context.server.requestsTo('/customers/cus-1/credit-stats')).toHaveLength(1);
    expect(context.server.counts).toMatchObject({ logins: 1, rejectedRefreshes: 1, rejectedLogins: 1 });
    expectClean(error, context);
  });

  it('a rejected login is a NueAuthError without the password, even when the server echoes it', async () => {
    const context = await setup({ auth: { username: SOLO.userName, password: 'wrong-Passw0rd-123' } });
    const error = await caught(context.nue.GET('/customers/{customerId}/credit-stats', STATS));
    expect(error).toMatchObject({ name: 'NueAuthError', problem: 'login-rejected', status: 401, operation: 'POST /auth/token' });
    expect((error as Error).message).toContain('solo@example.com');
    expect(context.server.counts.apiRequests).toBe(0);
    expectClean(error, context, ['wrong-Passw0rd-123']);
  });

  it('logout revokes the refresh token and the client refuses further calls', async () => {
    const context = await setup({ auth: SOLO_AUTH });
    await context.nue.GET('/customers/{customerId}/credit-stats', STATS);

    await context.nue.logout();
    const revoke = context.server.requestsTo('/auth/revokeToken');
    expect(revoke).toHaveLength(1);
    const body = JSON.parse(revoke[0]?.body ?? '') as { token: string; userName: string };
    expect(body).toEqual({ token: expect.stringMatching(/^refresh-1-/), userName: SOLO.userName });
    expect(context.server.isRefreshTokenValid(body.token)).toBe(false);
    expect(context.server.counts.revokes).toBe(1);

    const error = await caught(context.nue.GET('/customers/{customerId}/credit-stats', STATS));
    expect(error).toMatchObject({ name: 'NueLoggedOutError', message: 'this Nue client was logged out; create a new client to log in again' });
    expect(context.server.counts.logins).toBe(1);
    expectClean(error, context);
  });

  it('logout before any login sends nothing', async () => {
    const context = await setup({ auth: SOLO_AUTH });
    await context.nue.logout();
    expect(context.server.requests).toHaveLength(0);
  });
});
