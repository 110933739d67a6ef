// Logging out of a password login: the refresh token is revoked (and what is sent for it), what
// a refused or broken revocation is, the client refuses calls afterwards, and logout while a
// login or a request is under way.
import { createNueClient, isNueAuthError } from 'creditline/nue';
import { describe, expect, it } from 'vitest';
import { caught } from '../support/caught.js';
import { sendJson, useServer } from '../support/http-server.js';
import { expectClean, gate, KEY_A, SCRIPTED_PASSWORD, SCRIPTED_USER, SOLO, SOLO_AUTH, STATS, scriptedNue, setup, TENANT_A, until } from './fixtures.js';

describe('Nue logout', () => {
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

  it('logout sends the refresh token, the user and the tenant key, and accepts an empty answer', async () => {
    const context = await scriptedNue({ revoke: () => ({ status: 204, raw: '' }) });
    await context.nue.auth.login();
    await context.nue.logout();
    const [revoke] = context.to('/auth/revokeToken');
    expect(JSON.parse(revoke?.body ?? '{}')).toEqual({ token: 'ref-1', userName: SCRIPTED_USER });
    expect(revoke?.headers.apiaccesskey).toBe(KEY_A);
    const refused = await caught(context.get());
    expect(refused).toMatchObject({ name: 'NueLoggedOutError', message: 'this Nue client was logged out; create a new client to log in again' });
    expect((refused as Error).message).toContain('logged out');
  });

  it('a refused revocation is a NueAuthError revoke-rejected; a broken connection stays what it is', async () => {
    const context = await scriptedNue({ revoke: () => ({ status: 400, body: { message: 'unknown token' } }) });
    await context.nue.auth.login();
    expect(await caught(context.nue.logout())).toMatchObject({
      name: 'NueAuthError',
      problem: 'revoke-rejected',
      status: 400,
      operation: 'POST /auth/revokeToken',
    });

    const cut = await useServer((request, response) => {
      if (request.path === '/auth/revokeToken') return void response.socket?.destroy();
      sendJson(response, 200, { token: 'tok-1', refreshToken: 'ref-1', tenants: [TENANT_A] });
    });
    const nue = createNueClient({ baseUrl: cut.origin, auth: { username: SCRIPTED_USER, password: SCRIPTED_PASSWORD }, retry: { retries: 0 } });
    await nue.auth.login();
    const error = await caught(nue.logout());
    expect(isNueAuthError(error)).toBe(false);
    expect(error).toBeInstanceOf(Error);
  });

  it('logout during a login waits for it and revokes its refresh token', async () => {
    const context = await scriptedNue({
      login: async () => {
        await new Promise((resolve) => setTimeout(resolve, 30));
        return { body: { token: 'tok-1', refreshToken: 'ref-1', tenants: [TENANT_A] } };
      },
    });
    const login = context.nue.auth.login();
    await until(() => context.counts.login === 1);
    await context.nue.logout();
    await login;
    expect(context.to('/auth/revokeToken').map((r) => JSON.parse(r.body).token)).toEqual(['ref-1']);
  });

  it('a 401 answered after logout is an unauthorized NueAuthError, without a new login', async () => {
    const { opened, open } = gate();
    const context = await scriptedNue({
      login: () => ({ body: { token: 'tok-1', tenants: [TENANT_A] } }),
      api: async () => {
        await opened;
        return { status: 401, body: { message: 'expired' } };
      },
    });
    await context.nue.auth.login();
    const pending = caught(context.get());
    await until(() => context.counts.api === 1);
    await context.nue.logout();
    open();
    expect(await pending).toMatchObject({ name: 'NueAuthError', problem: 'unauthorized', status: 401 });
    expect(context.counts).toMatchObject({ login: 1, refresh: 0, api: 1 });
  });
});
