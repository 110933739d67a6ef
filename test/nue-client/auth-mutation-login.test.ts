// Password login against a scripted Nue: how the login and refresh answers are read (tokens,
// lifetimes, challenges, tenants), which tenant is used, what is sent, logged and revoked.
import { createNueClient, isNueAuthError, isResponseParseError, type LogEntry, type NueClient } from 'creditline/nue';
import { describe, expect, it } from 'vitest';
import { caught } from '../support/caught.js';
import { type RecordedRequest, sendJson, sendRaw, useServer } from '../support/http-server.js';
import { createClock } from './fake-nue-server.js';
import { STATS, until } from './fixtures.js';

const USER = 'scripted@example.com';
const PASSWORD = 'Scr1pted-pa55!';
const KEY_A = 'scripted-key-a-91c2';
const KEY_B = 'scripted-key-b-4d7e';
const TENANT_A = { tenantId: 'tn-a', tenantName: 'Alpha', tenantNumber: 1, apiAccessKey: KEY_A };
const TENANT_B = { tenantId: 'tn-b', tenantName: 'Beta', tenantNumber: 2, apiAccessKey: KEY_B };

interface Answer {
  status?: number;
  body?: unknown;
  /** Sent as it is with no content type (204 and the like). */
  raw?: string;
}
type Route = (request: RecordedRequest, n: number) => Answer | Promise<Answer>;

interface Script {
  login?: Route;
  refresh?: Route;
  revoke?: Route;
  api?: Route;
}

const OK = { body: { status: 'SUCCESS', data: { summary: {} } } };

/** A Nue whose auth endpoints answer as the script says; every login gets a new token by default. */
async function scripted(script: Script, auth: Record<string, unknown> = {}) {
  const counts = { login: 0, refresh: 0, revoke: 0, api: 0 };
  const server = await useServer(async (request, response) => {
    const kind = ({ '/auth/token': 'login', '/auth/refreshToken': 'refresh', '/auth/revokeToken': 'revoke' } as const)[request.path] ?? 'api';
    const n = ++counts[kind];
    const fallback: Route =
      kind === 'login'
        ? () => ({ body: { token: `tok-${n}`, refreshToken: `ref-${n}`, expiresIn: 3600, tenants: [TENANT_A] } })
        : kind === 'refresh'
          ? () => ({ body: { token: `tok-r${n}`, refreshToken: `ref-r${n}`, expiresIn: 3600 } })
          : kind === 'revoke'
            ? () => ({ raw: 'Token revoked' })
            : () => OK;
    const answer = await (script[kind] ?? fallback)(request, n);
    if (answer.raw !== undefined) return sendRaw(response, answer.status ?? 200, answer.raw);
    sendJson(response, answer.status ?? 200, answer.body);
  });
  const clock = createClock();
  const log: LogEntry[] = [];
  const nue: NueClient = createNueClient({
    baseUrl: server.origin,
    auth: { username: USER, password: PASSWORD, ...auth },
    now: clock.now,
    retry: { retries: 0 },
    log: (entry) => log.push(entry),
  });
  const to = (path: string) => server.requests.filter((r) => r.path === path);
  return { server, clock, log, nue, counts, to, get: () => nue.GET('/customers/{customerId}/credit-stats', STATS) };
}

const loginAnswer = (body: Record<string, unknown>) => () => ({ body });

describe('reading the login answer', () => {
  it('a token that is not a string is no token', async () => {
    const { nue } = await scripted({ login: loginAnswer({ token: 123, tenants: [TENANT_A] }) });
    expect(await caught(nue.auth.login())).toMatchObject({ name: 'NueAuthError', problem: 'no-token' });
  });

  it('an answer without token or challenge is a NueAuthError no-token', async () => {
    const { nue } = await scripted({ login: loginAnswer({ tenants: [TENANT_A] }) });
    const error = await caught(nue.auth.login());
    expect(isNueAuthError(error)).toBe(true);
    expect(error).toMatchObject({ problem: 'no-token' });
    expect((error as Error).message).toContain('the login');
  });

  it('an empty or non-object answer is a ResponseParseError', async () => {
    for (const answer of [{ status: 204, raw: '' }, { body: [] }, { body: 'token' }] as Answer[]) {
      const { nue } = await scripted({ login: () => answer });
      const error = await caught(nue.auth.login());
      expect(isResponseParseError(error), JSON.stringify(answer)).toBe(true);
      expect((error as Error).message).toContain('AuthenticationResult');
    }
    const { nue } = await scripted({ login: () => ({ status: 204, raw: '' }) });
    expect(((await caught(nue.auth.login())) as Error).message).toContain('empty');
  });

  it('a challenge with only a session is a NueChallengeError; an empty or null challenge is none', async () => {
    const { nue } = await scripted({ login: loginAnswer({ challenge: { session: 'sess-secret-1' } }) });
    const error = await caught(nue.auth.login());
    expect(error).toMatchObject({ name: 'NueChallengeError', challengeName: undefined });
    expect(String(error)).not.toContain('sess-secret-1');

    const named = await scripted({ login: loginAnswer({ challenge: { name: 7, session: 'sess-2' } }) });
    expect(await caught(named.nue.auth.login())).toMatchObject({ name: 'NueChallengeError', challengeName: undefined });

    for (const challenge of [{}, null, 'MFA', { session: 5, name: false }]) {
      const quiet = await scripted({ login: loginAnswer({ challenge, token: 'tok-x', refreshToken: 'ref-x', tenants: [TENANT_A] }) });
      await quiet.nue.auth.login();
      await quiet.get();
      expect(quiet.server.requests.at(-1)?.headers.authorization, JSON.stringify(challenge)).toBe('Bearer tok-x');
    }
  });

  it('skips tenants that are not objects and fields of the wrong type', async () => {
    const tenants = [null, 'tn-z', 3, { tenantId: 'tn-q', tenantName: 5, tenantNumber: '9', orgName: 'Org', apiAccessKey: KEY_B }];
    const { nue, get, server } = await scripted({ login: loginAnswer({ token: 'tok-1', tenants }) });
    await nue.auth.login();
    expect(nue.auth.tenant()).toEqual({ tenantId: 'tn-q', tenantName: undefined, tenantNumber: undefined, orgId: undefined, orgName: 'Org' });
    await get();
    expect(server.requests.at(-1)?.headers.apiaccesskey).toBe(KEY_B);
  });

  it('a refresh token that is not a string is none: logout revokes nothing', async () => {
    const context = await scripted({ login: loginAnswer({ token: 'tok-1', refreshToken: 5, tenants: [TENANT_A] }) });
    await context.nue.auth.login();
    await context.nue.logout();
    expect(context.counts.revoke).toBe(0);
  });

  it('lists only the tenant objects as choices', async () => {
    const { nue } = await scripted({ login: loginAnswer({ token: 't', tenants: ['tn-z', { tenantId: 'tn-k' }] }) });
    const error = await caught(nue.auth.login());
    expect(error).toMatchObject({ name: 'TenantChoiceError', problem: 'no-tenant' });
    expect((error as { choices: unknown[] }).choices).toHaveLength(1);
  });

  it('has no tenant before the login', async () => {
    const { nue } = await scripted({});
    expect(nue.auth.tenant()).toBeUndefined();
  });
});

describe('choosing the tenant', () => {
  it('asks for the tenant list unless a key alone is given', async () => {
    const listed = await scripted({});
    await listed.nue.auth.login();
    expect(JSON.parse(listed.to('/auth/token')[0]?.body ?? '{}')).toEqual({ userName: USER, password: PASSWORD, showTenants: true });

    const keyed = await scripted({}, { apiAccessKey: KEY_A });
    await keyed.nue.auth.login();
    expect(JSON.parse(keyed.to('/auth/token')[0]?.body ?? '{}')).toEqual({ userName: USER, password: PASSWORD });

    const both = await scripted({}, { apiAccessKey: KEY_A, tenant: 'Alpha' });
    await both.nue.auth.login();
    expect(JSON.parse(both.to('/auth/token')[0]?.body ?? '{}')).toMatchObject({ showTenants: true });
  });

  it('an explicit key names the listed tenant it belongs to, and no tenant when none is listed', async () => {
    const tenants = [TENANT_A, TENANT_B];
    const b = await scripted({ login: loginAnswer({ token: 't', tenants }) }, { apiAccessKey: KEY_B });
    await b.nue.auth.login();
    expect(b.nue.auth.tenant()).toMatchObject({ tenantId: 'tn-b' });

    const other = await scripted({ login: loginAnswer({ token: 't', tenants }) }, { apiAccessKey: 'unlisted-key-1234' });
    await other.nue.auth.login();
    expect(other.nue.auth.tenant()).toBeUndefined();
    await other.get();
    expect(other.server.requests.at(-1)?.headers.apiaccesskey).toBe('unlisted-key-1234');

    const none = await scripted({ login: loginAnswer({ token: 't' }) }, { apiAccessKey: KEY_A });
    await none.nue.auth.login();
    expect(none.nue.auth.tenant()).toBeUndefined();
  });

  it('matches a tenant by number, by exact name before any case, and tolerates tenants without a name', async () => {
    const tenants = [
      { tenantId: 'tn-x', apiAccessKey: 'key-x-0000' },
      TENANT_A,
      TENANT_B,
      { ...TENANT_B, tenantId: 'tn-B2', tenantName: 'BETA', tenantNumber: 3 },
    ];
    const cases: Array<[string | number, string]> = [
      [2, 'tn-b'],
      ['1', 'tn-a'],
      ['Beta', 'tn-b'],
      ['BETA', 'tn-B2'],
      ['alpha', 'tn-a'],
      ['tn-x', 'tn-x'],
    ];
    for (const [tenant, id] of cases) {
      const { nue } = await scripted({ login: loginAnswer({ token: 't', tenants }) }, { tenant });
      await nue.auth.login();
      expect(nue.auth.tenant()?.tenantId, String(tenant)).toBe(id);
    }
  });

  it('a name two tenants share is ambiguous, and lists just those two', async () => {
    const tenants = [TENANT_A, { ...TENANT_B, tenantName: 'Alpha' }, { tenantId: 'tn-c', tenantName: 'Gamma', apiAccessKey: 'key-c-1111' }];
    const { nue } = await scripted({ login: loginAnswer({ token: 't', tenants }) }, { tenant: 'Alpha' });
    const error = await caught(nue.auth.login());
    expect(error).toMatchObject({ name: 'TenantChoiceError', problem: 'ambiguous', requested: 'Alpha' });
    expect((error as { choices: Array<{ tenantId: string }> }).choices.map((c) => c.tenantId)).toEqual(['tn-a', 'tn-b']);
  });

  it('a chosen tenant without a key needs an explicit key', async () => {
    const tenants = [{ tenantId: 'tn-k', tenantName: 'Keyless' }];
    const bare = await scripted({ login: loginAnswer({ token: 't', tenants }) }, { tenant: 'Keyless' });
    expect(await caught(bare.nue.auth.login())).toMatchObject({ name: 'TenantChoiceError', problem: 'no-tenant', requested: 'Keyless' });

    const keyed = await scripted({ login: loginAnswer({ token: 't', tenants }) }, { tenant: 'Keyless', apiAccessKey: KEY_A });
    await keyed.nue.auth.login();
    expect(keyed.nue.auth.tenant()).toMatchObject({ tenantId: 'tn-k' });
    await keyed.get();
    expect(keyed.server.requests.at(-1)?.headers.apiaccesskey).toBe(KEY_A);
  });

  it('no tenant with a key, or no tenant list at all, is a TenantChoiceError no-tenant', async () => {
    const keyless = await scripted({ login: loginAnswer({ token: 't', tenants: [{ tenantId: 'tn-k' }] }) });
    expect(await caught(keyless.nue.auth.login())).toMatchObject({ name: 'TenantChoiceError', problem: 'no-tenant', choices: [{ tenantId: 'tn-k' }] });

    const unlisted = await scripted({ login: loginAnswer({ token: 't' }) });
    expect(await caught(unlisted.nue.auth.login())).toMatchObject({ name: 'TenantChoiceError', problem: 'no-tenant', choices: [] });
  });
});

describe('the login endpoint', () => {
  it('a 403 is a login-rejected NueAuthError with the server message; a 500 is an API error', async () => {
    const forbidden = await scripted({ login: () => ({ status: 403, body: { message: 'account locked' } }) });
    const error = await caught(forbidden.nue.auth.login());
    expect(error).toMatchObject({ name: 'NueAuthError', problem: 'login-rejected', status: 403, operation: 'POST /auth/token' });
    expect((error as Error).message).toContain('(403: account locked)');

    const down = await scripted({ login: () => ({ status: 500, body: { message: 'down' } }) });
    expect(await caught(down.nue.auth.login())).toMatchObject({ name: 'NueApiError', status: 500 });
  });

  it('a rejection without a message, or with a null body, adds no detail', async () => {
    for (const body of [{ title: 'Unauthorized' }, null, 'no']) {
      const { nue } = await scripted({ login: () => ({ status: 401, body }) });
      const error = await caught(nue.auth.login());
      expect(error, JSON.stringify(body)).toMatchObject({ name: 'NueAuthError', problem: 'login-rejected', status: 401 });
      expect((error as Error).message).toContain('(401)');
    }
  });
});

describe('token lifetime', () => {
  it('a zero, negative or non-numeric expiresIn means the default 15 minutes', async () => {
    for (const expiresIn of [0, -5, '60']) {
      const context = await scripted(
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
    const context = await scripted({ login: (_r, n) => ({ body: { token: `tok-${n}`, refreshToken: `ref-${n}`, expiresIn: 60, tenants: [TENANT_A] } }) });
    await context.get();
    context.clock.advance(20_000);
    await context.get();
    expect(context.counts).toMatchObject({ login: 1, refresh: 0 });
    context.clock.advance(10_000);
    await context.get();
    expect(context.counts).toMatchObject({ login: 1, refresh: 1 });
  });

  it('renews exactly when the skew is reached, before any 401', async () => {
    const context = await scripted({}, { refreshSkewSeconds: 60 });
    await context.get();
    context.clock.advance(3_540_000);
    await context.get();
    expect(context.counts).toMatchObject({ login: 1, refresh: 1 });
    expect(context.to('/customers/cus-1/credit-stats').map((r) => r.headers.authorization)).toEqual(['Bearer tok-1', 'Bearer tok-r1']);
  });

  it('without a refresh token logs in again instead of refreshing', async () => {
    const context = await scripted({ login: (_r, n) => ({ body: { token: `tok-${n}`, expiresIn: 60, tenants: [TENANT_A] } }) }, { refreshSkewSeconds: 0 });
    await context.get();
    context.clock.advance(61_000);
    await context.get();
    expect(context.counts).toMatchObject({ login: 2, refresh: 0 });
    await context.nue.logout();
    expect(context.counts.revoke).toBe(0);
  });

  it('a refresh answer without a token makes it log in again, and one without a refresh token keeps the old one', async () => {
    const context = await scripted(
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

describe('401s, logout and the log', () => {
  it('a 401 with the current token renews it once and resends', async () => {
    const context = await scripted({ api: (_r, n) => (n === 2 ? { status: 401, body: { message: 'expired' } } : OK) });
    await context.get();
    await context.get();
    expect(context.counts).toMatchObject({ login: 1, refresh: 1, api: 3 });
    expect(context.to('/customers/cus-1/credit-stats').map((r) => r.headers.authorization)).toEqual(['Bearer tok-1', 'Bearer tok-1', 'Bearer tok-r1']);
    expect(context.log.filter((e) => e.message === 'Nue answered 401; renewing the token once')).toEqual([
      expect.objectContaining({ level: 'debug', method: 'POST', url: `${context.server.origin}/auth/refreshToken` }),
    ]);
  });

  it('two requests turned away together renew once and log it once', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const context = await scripted({
      api: async (request) => {
        if (request.headers.authorization !== 'Bearer tok-1') return OK;
        await gate;
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
    release();
    await both;
    expect(context.counts.refresh).toBe(1);
    expect(context.log.filter((e) => e.message === 'Nue answered 401; renewing the token once')).toHaveLength(1);
  });

  it('a 401 answered after logout is an unauthorized NueAuthError, without a new login', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const context = await scripted({
      login: () => ({ body: { token: 'tok-1', tenants: [TENANT_A] } }),
      api: async () => {
        await gate;
        return { status: 401, body: { message: 'expired' } };
      },
    });
    await context.nue.auth.login();
    const pending = caught(context.get());
    await until(() => context.counts.api === 1);
    await context.nue.logout();
    release();
    expect(await pending).toMatchObject({ name: 'NueAuthError', problem: 'unauthorized', status: 401 });
    expect(context.counts).toMatchObject({ login: 1, refresh: 0, api: 1 });
  });

  it('logs the login with its tenant, the refresh and the revocation', async () => {
    const context = await scripted({}, { refreshSkewSeconds: 0 });
    await context.get();
    context.clock.advance(3_600_000);
    await context.get();
    await context.nue.logout();
    const origin = context.server.origin;
    expect(context.log.filter((e) => e.method === 'POST').map(({ level, message, url }) => ({ level, message, url }))).toEqual([
      { level: 'debug', message: `logged in to Nue as ${USER} (tenant Alpha)`, url: `${origin}/auth/token` },
      { level: 'debug', message: 'refreshed the Nue token', url: `${origin}/auth/refreshToken` },
      { level: 'debug', message: 'revoked the Nue refresh token', url: `${origin}/auth/revokeToken` },
    ]);
  });

  it('logs a login without a tenant name without one', async () => {
    const context = await scripted({ login: loginAnswer({ token: 't', tenants: [{ tenantId: 'tn-n', apiAccessKey: KEY_A }] }) });
    await context.nue.auth.login();
    expect(context.log.filter((e) => e.method === 'POST').map((e) => e.message)).toEqual([`logged in to Nue as ${USER}`]);
  });

  it('logout sends the refresh token, the user and the tenant key, and accepts an empty answer', async () => {
    const context = await scripted({ revoke: () => ({ status: 204, raw: '' }) });
    await context.nue.auth.login();
    await context.nue.logout();
    const [revoke] = context.to('/auth/revokeToken');
    expect(JSON.parse(revoke?.body ?? '{}')).toEqual({ token: 'ref-1', userName: USER });
    expect(revoke?.headers.apiaccesskey).toBe(KEY_A);
    const refused = await caught(context.get());
    expect(refused).toMatchObject({ name: 'NueLoggedOutError', message: 'this Nue client was logged out; create a new client to log in again' });
    expect((refused as Error).message).toContain('logged out');
  });

  it('a refused revocation is a NueAuthError revoke-rejected; a broken connection stays what it is', async () => {
    const context = await scripted({ revoke: () => ({ status: 400, body: { message: 'unknown token' } }) });
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
    const nue = createNueClient({ baseUrl: cut.origin, auth: { username: USER, password: PASSWORD }, retry: { retries: 0 } });
    await nue.auth.login();
    const error = await caught(nue.logout());
    expect(isNueAuthError(error)).toBe(false);
    expect(error).toBeInstanceOf(Error);
  });

  it('logout during a login waits for it and revokes its refresh token', async () => {
    const context = await scripted({
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
});

describe('aborting a wait for the login', () => {
  it('an aborted signal rejects at once, and an abort while waiting rejects with its reason', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const context = await scripted({
      login: async () => {
        await gate;
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
    release();
    await context.nue.auth.login();
    expect(context.counts.login).toBe(1);
  });
});
