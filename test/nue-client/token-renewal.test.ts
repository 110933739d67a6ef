// Renewing the token of a password login: the lifetime Nue gives it, refreshing before it
// expires, logging in again when a refresh fails, renewing once after a 401 and resending, and
// many callers sharing one renewal.
import { isNueAuthError, NueApiError } from 'creditline/nue';
import { describe, expect, it } from 'vitest';
import { caught } from '../support/caught.js';
import { expectNoSecretsInLog } from '../support/secrets.js';
import { expectClean, gate, KEY_SOLO, type Setup, SOLO, SOLO_AUTH, STATS, STATS_OK, scriptedNue, setup, TENANT_A, until } from './fixtures.js';

const graphqlBodies = (context: Setup) => context.server.requestsTo('/v1/orders/async/graphql').map((request) => request.body);

describe('the lifetime of a Nue token', () => {
  it('assumes the shorter documented lifetime (15 minutes) when the login answer has no expiresIn', async () => {
    const context = await setup({ auth: { ...SOLO_AUTH, refreshSkewSeconds: 0 } }, { omitExpiresIn: true, expiresIn: 3600 });
    await context.nue.GET('/customers/{customerId}/credit-stats', STATS);
    context.clock.advance(14 * 60_000);
    await context.nue.GET('/customers/{customerId}/credit-stats', STATS);
    expect(context.server.counts.refreshes).toBe(0);
    context.clock.advance(2 * 60_000);
    await context.nue.GET('/customers/{customerId}/credit-stats', STATS);
    expect(context.server.counts.refreshes).toBe(1);
  });

  it('takes the lifetime from expiresIn when Nue sends it', async () => {
    const context = await setup({ auth: { ...SOLO_AUTH, refreshSkewSeconds: 0 } }, { expiresIn: 120 });
    await context.nue.GET('/customers/{customerId}/credit-stats', STATS);
    context.clock.advance(100_000);
    await context.nue.GET('/customers/{customerId}/credit-stats', STATS);
    expect(context.server.counts.refreshes).toBe(0);
    context.clock.advance(30_000);
    await context.nue.GET('/customers/{customerId}/credit-stats', STATS);
    expect(context.server.counts.refreshes).toBe(1);
  });

  it('a zero, negative or non-numeric expiresIn means the default 15 minutes', async () => {
    for (const expiresIn of [0, -5, '60']) {
      const context = await scriptedNue(
        { login: (_r, n) => ({ body: { token: `tok-${n}`, refreshToken: `ref-${n}`, expiresIn, tenants: [TENANT_A] } }) },
        { refreshSkewSeconds: 0 },
      );
      await context.get();
      context.clock.advance(14 * 60_000);
      await context.get();
      expect(context.counts.login + context.counts.refresh, String(expiresIn)).toBe(1);
    }
  });

  it('caps the default skew at half a short lifetime', async () => {
    const context = await scriptedNue({ login: (_r, n) => ({ body: { token: `tok-${n}`, refreshToken: `ref-${n}`, expiresIn: 60, tenants: [TENANT_A] } }) });
    await context.get();
    context.clock.advance(20_000);
    await context.get();
    expect(context.counts).toMatchObject({ login: 1, refresh: 0 });
    context.clock.advance(10_000);
    await context.get();
    expect(context.counts).toMatchObject({ login: 1, refresh: 1 });
  });

  it('renews exactly when the skew is reached, before any 401', async () => {
    const context = await scriptedNue({}, { refreshSkewSeconds: 60 });
    await context.get();
    context.clock.advance(3_540_000);
    await context.get();
    expect(context.counts).toMatchObject({ login: 1, refresh: 1 });
    expect(context.to('/customers/cus-1/credit-stats').map((r) => r.headers.authorization)).toEqual(['Bearer tok-1', 'Bearer tok-r1']);
  });

  it('without a refresh token logs in again instead of refreshing', async () => {
    const context = await scriptedNue({ login: (_r, n) => ({ body: { token: `tok-${n}`, expiresIn: 60, tenants: [TENANT_A] } }) }, { refreshSkewSeconds: 0 });
    await context.get();
    context.clock.advance(61_000);
    await context.get();
    expect(context.counts).toMatchObject({ login: 2, refresh: 0 });
    await context.nue.logout();
    expect(context.counts.revoke).toBe(0);
  });

  it('a refresh answer without a token makes it log in again, and one without a refresh token keeps the old one', async () => {
    const context = await scriptedNue(
      { refresh: (_r, n) => ({ body: n === 1 ? { token: 'tok-r1', expiresIn: 60 } : { refreshToken: 'ref-r2' } }) },
      { refreshSkewSeconds: 0 },
    );
    context.clock.advance(0);
    await context.get();
    context.clock.advance(3_600_000);
    await context.get();
    context.clock.advance(61_000);
    await context.get();
    expect(context.to('/auth/refreshToken').map((r) => JSON.parse(r.body).refreshToken)).toEqual(['ref-1', 'ref-1']);
    expect(context.counts).toMatchObject({ login: 2, refresh: 2 });
    expect(context.log.some((e) => e.message.includes('refreshing the Nue token failed (NueAuthError)'))).toBe(true);
  });
});

describe('refreshing before the token expires', () => {
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
});

describe('renewing the token after a 401', () => {
  it('a 401 with the current token renews it once and resends', async () => {
    const context = await scriptedNue({ api: (_r, n) => (n === 2 ? { status: 401, body: { message: 'expired' } } : STATS_OK) });
    await context.get();
    await context.get();
    expect(context.counts).toMatchObject({ login: 1, refresh: 1, api: 3 });
    expect(context.to('/customers/cus-1/credit-stats').map((r) => r.headers.authorization)).toEqual(['Bearer tok-1', 'Bearer tok-1', 'Bearer tok-r1']);
    expect(context.log.filter((e) => e.message === 'Nue answered 401; renewing the token once')).toEqual([
      expect.objectContaining({ level: 'debug', method: 'POST', url: `${context.server.origin}/auth/refreshToken` }),
    ]);
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

  it('two requests turned away together renew once and log it once', async () => {
    const { opened, open } = gate();
    const context = await scriptedNue({
      api: async (request) => {
        if (request.headers.authorization !== 'Bearer tok-1') return STATS_OK;
        await opened;
        return { status: 401, body: { message: 'expired' } };
      },
      refresh: async () => {
        await new Promise((resolve) => setTimeout(resolve, 30));
        return { body: { token: 'tok-r1', refreshToken: 'ref-r1', expiresIn: 3600 } };
      },
    });
    await context.nue.auth.login();
    const both = Promise.all([context.get(), context.get()]);
    await until(() => context.counts.api === 2);
    open();
    await both;
    expect(context.counts.refresh).toBe(1);
    expect(context.log.filter((e) => e.message === 'Nue answered 401; renewing the token once')).toHaveLength(1);
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
});
