// Which tenant a password login uses: auth.tenant (id, name or number) or auth.apiAccessKey, the
// tenant list of the login answer, the TenantChoiceError when no single tenant fits; and a login
// answered with a challenge instead of a token.
import { isNueChallengeError, isTenantChoiceError, type TenantChoiceError } from 'creditline/nue';
import { describe, expect, it } from 'vitest';
import { caught } from '../support/caught.js';
import type { FakeUser } from './fake-nue-server.js';
import {
  expectClean,
  KEY_A,
  KEY_B,
  KEY_EU,
  KEY_US,
  loginAnswer,
  MULTI,
  PASSWORD,
  SCRIPTED_PASSWORD,
  SCRIPTED_USER,
  STATS,
  scriptedNue,
  setup,
  TENANT_A,
  TENANT_B,
} from './fixtures.js';

const multiAuth = { username: MULTI.userName, password: PASSWORD };

describe('Nue tenant choice', () => {
  it('uses the tenant chosen by id', async () => {
    const context = await setup({ auth: { ...multiAuth, tenant: 'tn-us' } });
    await context.nue.GET('/customers/{customerId}/credit-stats', STATS);
    expect(context.server.requests.at(-1)?.headers.apiaccesskey).toBe(KEY_US);
    expect(context.nue.auth.tenant()).toEqual({ tenantId: 'tn-us', tenantName: 'Acme US', tenantNumber: 102, orgId: 'org-1', orgName: 'Acme' });
  });

  it('uses the tenant chosen by name (any case) or by number', async () => {
    const byName = await setup({ auth: { ...multiAuth, tenant: 'acme eu' } });
    await byName.nue.GET('/customers/{customerId}/credit-stats', STATS);
    expect(byName.server.requests.at(-1)?.headers.apiaccesskey).toBe(KEY_EU);

    const byNumber = await setup({ auth: { ...multiAuth, tenant: 102 } });
    await byNumber.nue.GET('/customers/{customerId}/credit-stats', STATS);
    expect(byNumber.server.requests.at(-1)?.headers.apiaccesskey).toBe(KEY_US);
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
      const { nue } = await scriptedNue({ login: loginAnswer({ token: 't', tenants }) }, { tenant });
      await nue.auth.login();
      expect(nue.auth.tenant()?.tenantId, String(tenant)).toBe(id);
    }
  });

  it('without a choice, several tenants are a TenantChoiceError that lists them (without their keys)', async () => {
    const context = await setup({ auth: multiAuth });
    const error = await caught(context.nue.GET('/customers/{customerId}/credit-stats', STATS));
    expect(isTenantChoiceError(error)).toBe(true);
    const choiceError = error as TenantChoiceError;
    expect(choiceError.problem).toBe('choice-required');
    expect(choiceError.choices.map((choice) => choice.tenantId)).toEqual(['tn-eu', 'tn-us']);
    expect(choiceError.message).toContain('"Acme EU" (tenantId tn-eu, tenantNumber 101');
    expect(choiceError.message).toContain('"Acme US" (tenantId tn-us, tenantNumber 102');
    expect(context.server.counts.apiRequests).toBe(0);
    expectClean(error, context);
  });

  it('an unknown choice is a TenantChoiceError (not-found) listing the tenants', async () => {
    const context = await setup({ auth: { ...multiAuth, tenant: 'Acme APAC' } });
    const error = await caught(context.nue.auth.login());
    expect(error).toMatchObject({ name: 'TenantChoiceError', problem: 'not-found', requested: 'Acme APAC' });
    expect((error as Error).message).toContain('Acme EU');
    expectClean(error, context);
  });

  it('a name two tenants share is ambiguous, and lists just those two', async () => {
    const tenants = [TENANT_A, { ...TENANT_B, tenantName: 'Alpha' }, { tenantId: 'tn-c', tenantName: 'Gamma', apiAccessKey: 'key-c-1111' }];
    const { nue } = await scriptedNue({ login: loginAnswer({ token: 't', tenants }) }, { tenant: 'Alpha' });
    const error = await caught(nue.auth.login());
    expect(error).toMatchObject({ name: 'TenantChoiceError', problem: 'ambiguous', requested: 'Alpha' });
    expect((error as { choices: Array<{ tenantId: string }> }).choices.map((c) => c.tenantId)).toEqual(['tn-a', 'tn-b']);
  });

  it('no tenant with a key, or no tenant list at all, is a TenantChoiceError no-tenant', async () => {
    const keyless = await scriptedNue({ login: loginAnswer({ token: 't', tenants: [{ tenantId: 'tn-k' }] }) });
    expect(await caught(keyless.nue.auth.login())).toMatchObject({ name: 'TenantChoiceError', problem: 'no-tenant', choices: [{ tenantId: 'tn-k' }] });

    const unlisted = await scriptedNue({ login: loginAnswer({ token: 't' }) });
    expect(await caught(unlisted.nue.auth.login())).toMatchObject({ name: 'TenantChoiceError', problem: 'no-tenant', choices: [] });
  });
});

describe('Nue tenant choice with an explicit apiAccessKey', () => {
  it('an explicit apiAccessKey needs no choice', async () => {
    const context = await setup({ auth: { ...multiAuth, apiAccessKey: KEY_US } });
    await context.nue.GET('/customers/{customerId}/credit-stats', STATS);
    expect(JSON.parse(context.server.requests[0]?.body ?? '')).toEqual({ userName: MULTI.userName, password: PASSWORD });
    expect(context.server.requests.at(-1)?.headers.apiaccesskey).toBe(KEY_US);
  });

  it('asks for the tenant list unless a key alone is given', async () => {
    const listed = await scriptedNue({});
    await listed.nue.auth.login();
    expect(JSON.parse(listed.to('/auth/token')[0]?.body ?? '{}')).toEqual({ userName: SCRIPTED_USER, password: SCRIPTED_PASSWORD, showTenants: true });

    const keyed = await scriptedNue({}, { apiAccessKey: KEY_A });
    await keyed.nue.auth.login();
    expect(JSON.parse(keyed.to('/auth/token')[0]?.body ?? '{}')).toEqual({ userName: SCRIPTED_USER, password: SCRIPTED_PASSWORD });

    const both = await scriptedNue({}, { apiAccessKey: KEY_A, tenant: 'Alpha' });
    await both.nue.auth.login();
    expect(JSON.parse(both.to('/auth/token')[0]?.body ?? '{}')).toMatchObject({ showTenants: true });
  });

  it('an explicit key names the listed tenant it belongs to, and no tenant when none is listed', async () => {
    const tenants = [TENANT_A, TENANT_B];
    const b = await scriptedNue({ login: loginAnswer({ token: 't', tenants }) }, { apiAccessKey: KEY_B });
    await b.nue.auth.login();
    expect(b.nue.auth.tenant()).toMatchObject({ tenantId: 'tn-b' });

    const other = await scriptedNue({ login: loginAnswer({ token: 't', tenants }) }, { apiAccessKey: 'unlisted-key-1234' });
    await other.nue.auth.login();
    expect(other.nue.auth.tenant()).toBeUndefined();
    await other.get();
    expect(other.server.requests.at(-1)?.headers.apiaccesskey).toBe('unlisted-key-1234');

    const none = await scriptedNue({ login: loginAnswer({ token: 't' }) }, { apiAccessKey: KEY_A });
    await none.nue.auth.login();
    expect(none.nue.auth.tenant()).toBeUndefined();
  });

  it('a chosen tenant without a key needs an explicit key', async () => {
    const tenants = [{ tenantId: 'tn-k', tenantName: 'Keyless' }];
    const bare = await scriptedNue({ login: loginAnswer({ token: 't', tenants }) }, { tenant: 'Keyless' });
    expect(await caught(bare.nue.auth.login())).toMatchObject({ name: 'TenantChoiceError', problem: 'no-tenant', requested: 'Keyless' });

    const keyed = await scriptedNue({ login: loginAnswer({ token: 't', tenants }) }, { tenant: 'Keyless', apiAccessKey: KEY_A });
    await keyed.nue.auth.login();
    expect(keyed.nue.auth.tenant()).toMatchObject({ tenantId: 'tn-k' });
    await keyed.get();
    expect(keyed.server.requests.at(-1)?.headers.apiaccesskey).toBe(KEY_A);
  });
});

describe('the tenant list of the login answer', () => {
  it('skips tenants that are not objects and fields of the wrong type', async () => {
    const tenants = [null, 'tn-z', 3, { tenantId: 'tn-q', tenantName: 5, tenantNumber: '9', orgName: 'Org', apiAccessKey: KEY_B }];
    const { nue, get, server } = await scriptedNue({ login: loginAnswer({ token: 'tok-1', tenants }) });
    await nue.auth.login();
    expect(nue.auth.tenant()).toEqual({ tenantId: 'tn-q', tenantName: undefined, tenantNumber: undefined, orgId: undefined, orgName: 'Org' });
    await get();
    expect(server.requests.at(-1)?.headers.apiaccesskey).toBe(KEY_B);
  });

  it('lists only the tenant objects as choices', async () => {
    const { nue } = await scriptedNue({ login: loginAnswer({ token: 't', tenants: ['tn-z', { tenantId: 'tn-k' }] }) });
    const error = await caught(nue.auth.login());
    expect(error).toMatchObject({ name: 'TenantChoiceError', problem: 'no-tenant' });
    expect((error as { choices: unknown[] }).choices).toHaveLength(1);
  });

  it('has no tenant before the login', async () => {
    const { nue } = await scriptedNue({});
    expect(nue.auth.tenant()).toBeUndefined();
  });
});

describe('a login challenge', () => {
  it('a challenge in the login result is a NueChallengeError naming it, without the session', async () => {
    const session = 'challenge-session-5ecret-abc';
    const challenged: FakeUser = { userName: 'new@example.com', password: PASSWORD, tenants: [], challenge: { name: 'NEW_PASSWORD_REQUIRED', session } };
    const context = await setup({ auth: { username: challenged.userName, password: PASSWORD } }, { users: [challenged] });
    const error = await caught(context.nue.GET('/customers/{customerId}/credit-stats', STATS));
    expect(isNueChallengeError(error)).toBe(true);
    expect(error).toMatchObject({ challengeName: 'NEW_PASSWORD_REQUIRED' });
    expect((error as Error).message).toContain('"NEW_PASSWORD_REQUIRED"');
    expect(context.server.counts.apiRequests).toBe(0);
    expectClean(error, context, [session]);
  });

  it('a challenge with only a session is a NueChallengeError; an empty or null challenge is none', async () => {
    const { nue } = await scriptedNue({ login: loginAnswer({ challenge: { session: 'sess-secret-1' } }) });
    const error = await caught(nue.auth.login());
    expect(error).toMatchObject({ name: 'NueChallengeError', challengeName: undefined });
    expect(String(error)).not.toContain('sess-secret-1');

    const named = await scriptedNue({ login: loginAnswer({ challenge: { name: 7, session: 'sess-2' } }) });
    expect(await caught(named.nue.auth.login())).toMatchObject({ name: 'NueChallengeError', challengeName: undefined });

    for (const challenge of [{}, null, 'MFA', { session: 5, name: false }]) {
      const quiet = await scriptedNue({ login: loginAnswer({ challenge, token: 'tok-x', refreshToken: 'ref-x', tenants: [TENANT_A] }) });
      await quiet.nue.auth.login();
      await quiet.get();
      expect(quiet.server.requests.at(-1)?.headers.authorization, JSON.stringify(challenge)).toBe('Bearer tok-x');
    }
  });
});
