// A long-lived Nue client renews its token again and again; each token is masked while it can
// still show up, and let go of once it has been replaced and expired more than five minutes ago,
// so that masking does not grow with every renewal (src/nue/auth/secret-retirement.ts).
import { describe, expect, it } from 'vitest';
import { SOLO_AUTH, STATS, setup } from './fixtures.js';

const TEN_MINUTES = 600_000;

describe('tokens of replaced Nue sessions', () => {
  it('stay masked until five minutes after they expired, and are then let go', async () => {
    const context = await setup({ auth: SOLO_AUTH }, { expiresIn: TEN_MINUTES / 1000 });
    context.server.graphql = () => ({ body: { data: { issued: context.server.issuedSecrets() } } });
    // Sessions 1–5, one every ten minutes (each renewed when the last one expires)...
    for (let session = 1; session <= 5; session++) {
      await context.nue.GET('/customers/{customerId}/credit-stats', STATS);
      context.clock.advance(TEN_MINUTES);
    }
    // ...and session 6 for this call, which echoes every token Nue has issued.
    const { issued } = await context.nue.graphql<{ issued: string[] }>('orders', { query: '{ Order { id } }' });

    expect(context.server.counts).toMatchObject({ logins: 1, refreshes: 5 });
    const shown = issued.filter((secret) => secret !== '***');
    // Session 5 expired just now (within the grace) and session 6 is current: masked.
    expect(issued.filter((secret) => secret === '***')).toHaveLength(4);
    // Sessions 1–4 expired ten minutes ago or more: no longer masked.
    expect(shown.map((secret) => secret.replace(/-[a-z0-9]+$/, '')).sort()).toEqual(
      ['jwt-1', 'jwt-2', 'jwt-3', 'jwt-4', 'refresh-1', 'refresh-2', 'refresh-3', 'refresh-4'].sort(),
    );
  });

  it('lets a replaced token go exactly five minutes after it expired, not a millisecond before', async () => {
    const context = await setup({ auth: SOLO_AUTH }, { expiresIn: 300 });
    context.server.graphql = () => ({ body: { data: { issued: context.server.issuedSecrets() } } });
    const shown = async () => {
      const { issued } = await context.nue.graphql<{ issued: string[] }>('orders', { query: '{ Order { id } }' });
      return issued.filter((secret) => secret !== '***').map((secret) => secret.replace(/-[a-z0-9]+$/, ''));
    };
    await context.nue.GET('/customers/{customerId}/credit-stats', STATS); // session 1: expires at 300 s
    context.clock.advance(240_000);
    await context.nue.GET('/customers/{customerId}/credit-stats', STATS); // session 2 (renewed 60 s early): expires at 540 s
    context.clock.advance(359_999);
    await context.nue.GET('/customers/{customerId}/credit-stats', STATS); // session 3, 1 ms before session 1's five minutes are up
    expect(await shown()).toEqual([]);
    context.clock.advance(1);
    context.server.rejectNext = 1; // session 3 is fresh: a 401 makes the client renew now
    await context.nue.GET('/customers/{customerId}/credit-stats', STATS); // session 4, at 600 s
    expect(context.server.counts).toMatchObject({ logins: 1, refreshes: 3, unauthorized: 1 });
    expect(await shown()).toEqual(['jwt-1', 'refresh-1']);
  });

  it('keeps masking a refresh token that Nue did not replace, however old its session', async () => {
    const context = await setup({ auth: SOLO_AUTH }, { expiresIn: TEN_MINUTES / 1000 });
    context.server.keepRefreshToken = true;
    context.server.graphql = () => ({ body: { data: { issued: context.server.issuedSecrets() } } });
    for (let session = 1; session <= 4; session++) {
      await context.nue.GET('/customers/{customerId}/credit-stats', STATS);
      context.clock.advance(TEN_MINUTES);
    }
    const { issued } = await context.nue.graphql<{ issued: string[] }>('orders', { query: '{ Order { id } }' });
    expect(issued.filter((secret) => secret.startsWith('refresh-'))).toEqual([]);
    expect(issued.filter((secret) => secret.startsWith('jwt-')).map((secret) => secret.replace(/-[a-z0-9]+$/, ''))).toEqual(['jwt-1', 'jwt-2', 'jwt-3']);
  });
});
