// The Nue API key (the nue-api-key header of the credit operations) and the credit stats call:
// ids sent as a JSON list, at most 50 of them, and the warnings of a partial success.
import { createNueClient, isConfigurationError, isNueAuthError, type LogEntry } from 'creditline/nue';
import { describe, expect, it } from 'vitest';
import { caught } from '../support/caught.js';
import { expectNoSecrets, expectNoSecretsInLog } from '../support/secrets.js';
import { CUSTOMER, NUE_API_KEY, pool, useFakeNueCredits } from './fake-nue-credits.js';
import { apiKeyClient } from './fixtures.js';

const range = (count: number) => Array.from({ length: count }, (_, i) => i + 1);

describe('Nue API key (nue-api-key header)', () => {
  it('sends the key in the nue-api-key header and nothing else', async () => {
    const server = await useFakeNueCredits({ pools: [pool(1)] });
    const { data } = await apiKeyClient(server.origin).GET('/customers/{customerId}/account-credit-pools', { params: { path: { customerId: CUSTOMER } } });
    expect(data?.data?.[0]?.id).toBe('pool-1');
    const [request] = server.requests;
    expect(request?.headers['nue-api-key']).toBe(NUE_API_KEY);
    expect(request?.headers.authorization).toBeUndefined();
    expect(request?.headers.apiaccesskey).toBeUndefined();
  });

  it('makes a 401 a NueAuthError at once, with nothing to renew, and masks the key', async () => {
    const server = await useFakeNueCredits({ pools: [] });
    const log: LogEntry[] = [];
    const wrongKey = `${NUE_API_KEY}-revoked`;
    const nue = createNueClient({ baseUrl: server.origin, auth: { apiKey: wrongKey }, log: (entry) => log.push(entry) });
    expect(nue.auth.strategy).toBe('api-key');
    const error = await caught(nue.listAccountCreditPools({ customerId: CUSTOMER }).toArray({ max: 10 }));
    expect(isNueAuthError(error)).toBe(true);
    expect(error).toMatchObject({ problem: 'unauthorized', status: 401 });
    expect(server.requests).toHaveLength(1);
    expectNoSecrets(error, [wrongKey]);
    expectNoSecretsInLog(log, [wrongKey]);
  });
});

describe('Nue credit stats', () => {
  it('takes accountPoolIds as a list and sends them JSON-encoded', async () => {
    const server = await useFakeNueCredits({ pools: [] });
    const { data } = await apiKeyClient(server.origin).GET('/customers/{customerId}/credit-stats', {
      params: { path: { customerId: CUSTOMER }, query: { accountPoolIds: ['pool-1', 'pool-2'] } },
    });
    expect(server.requests[0]?.url).toBe(`/customers/${CUSTOMER}/credit-stats?accountPoolIds=%5B%22pool-1%22%2C%22pool-2%22%5D`);
    expect(data?.status).toBe('success');
    expect(Object.keys(data?.data?.accountCreditPoolStats ?? {})).toEqual(['pool-1', 'pool-2']);
    expect(data?.data?.accountCreditPoolStats?.['pool-2']?.consumedCredits).toBe(2);
  });

  it('refuses more than 50 ids with a ConfigurationError before anything is sent', async () => {
    const server = await useFakeNueCredits({ pools: [] });
    const ids = range(51).map((n) => `pool-${n}`);
    const error = await caught(
      apiKeyClient(server.origin).GET('/customers/{customerId}/credit-stats', { params: { path: { customerId: CUSTOMER }, query: { accountPoolIds: ids } } }),
    );
    expect(isConfigurationError(error)).toBe(true);
    expect(error).toMatchObject({ option: 'accountPoolIds' });
    expect(() => apiKeyClient(server.origin).listAccountCreditPools({ customerId: CUSTOMER, accountPoolIds: ids })).toThrow(/at most 50/);
    expect(server.requests).toHaveLength(0);
  });

  it('keeps the partial-success warnings', async () => {
    const server = await useFakeNueCredits({ pools: [], unreadablePools: ['pool-9'] });
    const { data, response } = await apiKeyClient(server.origin).GET('/customers/{customerId}/credit-stats', {
      params: { path: { customerId: CUSTOMER }, query: { accountPoolIds: ['pool-1', 'pool-9'] } },
    });
    expect(response.status).toBe(207);
    expect(data?.warnings).toEqual([{ code: 'POOL_NOT_FOUND', message: 'account credit pool pool-9 could not be read' }]);
  });
});
