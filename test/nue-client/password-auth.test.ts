// Logging in with a password: what the client sends, how it reads Nue's login answer, what a
// refused or broken login is, what it logs, and callers that stop waiting for a login.
import { isAbortError, isNueAuthError, isResponseParseError } from 'creditline/nue';
import { describe, expect, it } from 'vitest';
import { caught } from '../support/caught.js';
import {
  type AuthAnswer,
  expectClean,
  gate,
  KEY_A,
  KEY_SOLO,
  loginAnswer,
  PASSWORD,
  SCRIPTED_USER,
  SOLO,
  SOLO_AUTH,
  STATS,
  scriptedNue,
  setup,
  TENANT_A,
  until,
} from './fixtures.js';

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

  it('a rejected login is a NueAuthError without the password, even when the server echoes it', async () => {
    const context = await setup({ auth: { username: SOLO.userName, password: 'wrong-Passw0rd-123' } });
    const error = await caught(context.nue.GET('/customers/{customerId}/credit-stats', STATS));
    expect(error).toMatchObject({ name: 'NueAuthError', problem: 'login-rejected', status: 401, operation: 'POST /auth/token' });
    expect((error as Error).message).toContain('solo@example.com');
    expect(context.server.counts.apiRequests).toBe(0);
    expectClean(error, context, ['wrong-Passw0rd-123']);
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
});

describe('reading the login answer', () => {
  it('a token that is not a string is no token', async () => {
    const { nue } = await scriptedNue({ login: loginAnswer({ token: 123, tenants: [TENANT_A] }) });
    expect(await caught(nue.auth.login())).toMatchObject({ name: 'NueAuthError', problem: 'no-token' });
  });

  it('an answer without token or challenge is a NueAuthError no-token', async () => {
    const { nue } = await scriptedNue({ login: loginAnswer({ tenants: [TENANT_A] }) });
    const error = await caught(nue.auth.login());
    expect(isNueAuthError(error)).toBe(true);
    expect(error).toMatchObject({ problem: 'no-token' });
    expect((error as Error).message).toContain('the login');
  });

  it('an empty or non-object answer is a ResponseParseError', async () => {
    for (const answer of [{ status: 204, raw: '' }, { body: [] }, { body: 'token' }] as AuthAnswer[]) {
      const { nue } = await scriptedNue({ login: () => answer });
      const error = await caught(nue.auth.login());
      expect(isResponseParseError(error), JSON.stringify(answer)).toBe(true);
      expect((error as Error).message).toContain('AuthenticationResult');
    }
    const { nue } = await scriptedNue({ login: () => ({ status: 204, raw: '' }) });
    expect(((await caught(nue.auth.login())) as Error).message).toContain('empty');
  });

  it('a refresh token that is not a string is none: logout revokes nothing', async () => {
    const context = await scriptedNue({ login: loginAnswer({ token: 'tok-1', refreshToken: 5, tenants: [TENANT_A] }) });
    await context.nue.auth.login();
    await context.nue.logout();
    expect(context.counts.revoke).toBe(0);
  });
});

describe('the login endpoint', () => {
  it('a 403 is a login-rejected NueAuthError with the server message; a 500 is an API error', async () => {
    const forbidden = await scriptedNue({ login: () => ({ status: 403, body: { message: 'account locked' } }) });
    const error = await caught(forbidden.nue.auth.login());
    expect(error).toMatchObject({ name: 'NueAuthError', problem: 'login-rejected', status: 403, operation: 'POST /auth/token' });
    expect((error as Error).message).toContain('(403: account locked)');

    const down = await scriptedNue({ login: () => ({ status: 500, body: { message: 'down' } }) });
    expect(await caught(down.nue.auth.login())).toMatchObject({ name: 'NueApiError', status: 500 });
  });

  it('a rejection without a message, or with a null body, adds no detail', async () => {
    for (const body of [{ title: 'Unauthorized' }, null, 'no']) {
      const { nue } = await scriptedNue({ login: () => ({ status: 401, body }) });
      const error = await caught(nue.auth.login());
      expect(error, JSON.stringify(body)).toMatchObject({ name: 'NueAuthError', problem: 'login-rejected', status: 401 });
      expect((error as Error).message).toContain('(401)');
    }
  });
});

describe('the log of a password login', () => {
  it('logs the login with its tenant, the refresh and the revocation', async () => {
    const context = await scriptedNue({}, { refreshSkewSeconds: 0 });
    await context.get();
    context.clock.advance(3_600_000);
    await context.get();
    await context.nue.logout();
    const origin = context.server.origin;
    expect(context.log.filter((e) => e.method === 'POST').map(({ level, message, url }) => ({ level, message, url }))).toEqual([
      { level: 'debug', message: `logged in to Nue as ${SCRIPTED_USER} (tenant Alpha)`, url: `${origin}/auth/token` },
      { level: 'debug', message: 'refreshed the Nue token', url: `${origin}/auth/refreshToken` },
      { level: 'debug', message: 'revoked the Nue refresh token', url: `${origin}/auth/revokeToken` },
    ]);
  });

  it('logs a login without a tenant name without one', async () => {
    const context = await scriptedNue({ login: loginAnswer({ token: 't', tenants: [{ tenantId: 'tn-n', apiAccessKey: KEY_A }] }) });
    await context.nue.auth.login();
    expect(context.log.filter((e) => e.method === 'POST').map((e) => e.message)).toEqual([`logged in to Nue as ${SCRIPTED_USER}`]);
  });
});

describe('aborting a wait for the login', () => {
  it('an aborted signal rejects at once, and an abort while waiting rejects with its reason', async () => {
    const { opened, open } = gate();
    const context = await scriptedNue({
      login: async () => {
        await opened;
        return { body: { token: 'tok-1', refreshToken: 'ref-1', tenants: [TENANT_A] } };
      },
    });
    const aborted = AbortSignal.abort(new Error('gave up early'));
    expect(await caught(context.nue.auth.login({ signal: aborted }))).toMatchObject({ message: 'gave up early' });

    const controller = new AbortController();
    const waiting = caught(context.nue.auth.login({ signal: controller.signal }));
    await until(() => context.counts.login >= 1);
    controller.abort(new Error('gave up waiting'));
    expect(await waiting).toMatchObject({ message: 'gave up waiting' });
    open();
    await context.nue.auth.login();
    expect(context.counts.login).toBe(1);
  });
});
