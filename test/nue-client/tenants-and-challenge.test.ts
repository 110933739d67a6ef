import { isNueChallengeError, isTenantChoiceError, type TenantChoiceError } from 'creditline/nue';
import { describe, expect, it } from 'vitest';
import { caught } from '../support/caught.js';
import type { FakeUser } from './fake-nue-server.js';
import { expectClean, KEY_EU, KEY_US, MULTI, PASSWORD, STATS, setup } from './fixtures.js';

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

  it('an explicit apiAccessKey needs no choice', async () => {
    const context = await setup({ auth: { ...multiAuth, apiAccessKey: KEY_US } });
    await context.nue.GET('/customers/{customerId}/credit-stats', STATS);
    expect(JSON.parse(context.server.requests[0]?.body ?? '')).toEqual({ userName: MULTI.userName, password: PASSWORD });
    expect(context.server.requests.at(-1)?.headers.apiaccesskey).toBe(KEY_US);
  });

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
});
