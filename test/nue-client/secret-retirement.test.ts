// A long-lived Nue client renews its token again and again; each token is masked while it can
// still show up, and let go of once it has been replaced and expired more than five minutes ago,
// so that masking does not grow with every renewal (src/nue/auth/secret-retirement.ts).
import { describe, expect, it } from 'vitest';
import { type Setup, SOLO_AUTH, STATS, setup } from './fixtures.js';

const TEN_MINUTES = 600_000;

/** Has the fake answer GraphQL with every token it ever issued; the call returned reads them back through the client, masked or not. */
function echoIssuedSecrets(context: Setup): () => Promise<string[]> {
  context.server.graphql = () => ({ body: { data: { issued: context.server.issuedSecrets() } } });
  return async () => (await context.nue.graphql<{ issued: string[] }>('orders', { query: '{ Order { id } }' })).issued;
}

/** `jwt-3-k2j9x…` → `jwt-3`: the session a secret shown in the clear came from. */
const sessionOf = (secret: string) => secret.replace(/-[a-z0-9]+$/, '');

const inTheClear = (secrets: string[]) => secrets.filter((secret) => secret !== '***').map(sessionOf);

/** One call now and then every `intervalMs`, `calls` in all, the clock moved on after each. */
async function callEvery(context: Setup, intervalMs: number, calls: number): Promise<void> {
  for (let call = 1; call <= calls; call++) {
    await context.nue.GET('/customers/{customerId}/credit-stats', STATS);
    context.clock.advance(intervalMs);
  }
}

describe('tokens of replaced Nue sessions', () => {
  it('stay masked until five minutes after they expired, and are then let go', async () => {
    const context = await setup({ auth: SOLO_AUTH }, { expiresIn: TEN_MINUTES / 1000 });
    const readIssued = echoIssuedSecrets(context);
    // Sessions 1–5, one every ten minutes (each renewed when the last one expires)...
    await callEvery(context, TEN_MINUTES, 5);
    // ...and session 6 for this call, which echoes every token Nue has issued.
    const issued = await readIssued();

    expect(context.server.counts).toMatchObject({ logins: 1, refreshes: 5 });
    // Session 5 expired just now (within the grace) and session 6 is current: masked.
    expect(issued.filter((secret) => secret === '***')).toHaveLength(4);
    // Sessions 1–4 expired ten minutes ago or more: no longer masked.
    expect(inTheClear(issued).sort()).toEqual(['jwt-1', 'jwt-2', 'jwt-3', 'jwt-4', 'refresh-1', 'refresh-2', 'refresh-3', 'refresh-4'].sort());
  });

  it('lets a replaced token go exactly five minutes after it expired, not a millisecond before', async () => {
    const context = await setup({ auth: SOLO_AUTH }, { expiresIn: 300 });
    const readIssued = echoIssuedSecrets(context);
    await context.nue.GET('/customers/{customerId}/credit-stats', STATS); // session 1: expires at 300 s
    context.clock.advance(240_000);
    await context.nue.GET('/customers/{customerId}/credit-stats', STATS); // session 2 (renewed 60 s early): expires at 540 s
    context.clock.advance(359_999);
    await context.nue.GET('/customers/{customerId}/credit-stats', STATS); // session 3, 1 ms before session 1's five minutes are up
    expect(inTheClear(await readIssued())).toEqual([]);
    context.clock.advance(1);
    context.server.rejectNext = 1; // session 3 is fresh: a 401 makes the client renew now
    await context.nue.GET('/customers/{customerId}/credit-stats', STATS); // session 4, at 600 s
    expect(context.server.counts).toMatchObject({ logins: 1, refreshes: 3, unauthorized: 1 });
    expect(inTheClear(await readIssued())).toEqual(['jwt-1', 'refresh-1']);
  });

  it('keeps masking a refresh token that Nue did not replace, however old its session', async () => {
    const context = await setup({ auth: SOLO_AUTH }, { expiresIn: TEN_MINUTES / 1000 });
    context.server.keepRefreshToken = true;
    const readIssued = echoIssuedSecrets(context);
    await callEvery(context, TEN_MINUTES, 4);
    const issued = await readIssued();
    expect(issued.filter((secret) => secret.startsWith('refresh-'))).toEqual([]);
    expect(issued.filter((secret) => secret.startsWith('jwt-')).map(sessionOf)).toEqual(['jwt-1', 'jwt-2', 'jwt-3']);
  });
});
