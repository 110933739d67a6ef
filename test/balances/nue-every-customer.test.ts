// readCreditBalances for a Nue tenant that watches its customers' credits: without named
// customers it lists them with the GraphQL `Customer` query and reads every customer's pools, a
// few customers at a time; a 429 waits for Retry-After; a customer that cannot be read is a
// failure naming it, and the others are read all the same.
import { readCreditBalances } from 'creditline';
import { createNueClient, type NueClientOptions } from 'creditline/nue';
import { describe, expect, it } from 'vitest';
import { CUSTOMER, customer, GRAPHQL_PATH, NUE_API_KEY, pool, useFakeNueCredits } from '../nue-client/fake-nue-credits.js';

const nueClient = (origin: string, options: Partial<NueClientOptions> = {}) =>
  createNueClient({ auth: { apiKey: NUE_API_KEY }, baseUrl: origin, retry: { retries: 0 }, ...options });

/** Customer `cus-N` has one pool, pool-N, with 1000 - N of 1000 credits left. */
const poolsOf = (customerId: string) => [pool(Number(customerId.slice(4)))];
const range = (count: number) => Array.from({ length: count }, (_, i) => i + 1);

describe('readCreditBalances for every customer of a Nue tenant', () => {
  // A thousand requests: a few seconds on a quiet machine, more on a busy one.
  it('reads 500 customers with at most 4 requests at once, waits out a 429, and lists each failed customer', { timeout: 60_000 }, async () => {
    const failing = [3, 77, 150, 151, 299, 420, 500].map((n) => `cus-${n}`);
    const limited = [10, 11, 12, 250, 499].map((n) => `cus-${n}`);
    const nue = await useFakeNueCredits({
      pools: [],
      poolsOf,
      customers: range(500).map(customer),
      failingCustomers: failing,
      rateLimitedCustomers: limited,
      delayMs: 2,
    });
    const report = await readCreditBalances({ nue: { client: nueClient(nue.origin, { retry: { retries: 2 } }), customerId: undefined } });

    const read = range(500).filter((n) => !failing.includes(`cus-${n}`));
    expect(report.balances.map((b) => [b.account, b.accountName])).toEqual(read.map((n) => [`customer cus-${n}`, `Customer ${n}`]));
    expect(report.balances[0]).toEqual({
      vendor: 'nue',
      kind: 'credit',
      account: 'customer cus-1',
      accountName: 'Customer 1',
      name: 'Pool 1',
      available: 999,
      used: 1,
      granted: 1000,
      renewsOrExpiresAt: undefined,
      status: 'Active',
      source: { customer: customer(1), pool: pool(1), stats: expect.objectContaining({ consumedCredits: 1 }) },
    });
    expect(report.failures).toEqual(
      failing.map((id) => ({
        vendor: 'nue',
        account: `customer ${id} (Customer ${id.slice(4)})`,
        error: expect.objectContaining({ name: 'NueApiError', status: 500, message: expect.stringContaining(`customer ${id} is broken`) }),
      })),
    );
    expect(report.warnings).toEqual([]);

    expect(nue.maxInFlight()).toBeLessThanOrEqual(4);
    expect(nue.maxInFlight()).toBeGreaterThan(1);
    expect(nue.waitsAfter429()).toHaveLength(limited.length);
    for (const wait of nue.waitsAfter429()) expect(wait).toBeGreaterThanOrEqual(950);
    // one customer list, then per customer its pools and (when read) their stats
    expect(nue.requests.filter((r) => r.path === GRAPHQL_PATH)).toHaveLength(1);
    expect(nue.requests.filter((r) => r.path.endsWith('/credit-stats'))).toHaveLength(read.length);
  });

  it('lists the customers with the GraphQL Customer query, for their ids and names', async () => {
    const nue = await useFakeNueCredits({ pools: [pool(1)], customers: [customer(1)] });
    await readCreditBalances({ nue: { client: nueClient(nue.origin) } });
    const [list] = nue.requests;
    expect(`${list?.method} ${list?.path}`).toBe(`POST ${GRAPHQL_PATH}`);
    expect(list?.headers['nue-api-key']).toBe(NUE_API_KEY);
    expect(JSON.parse(list?.body ?? '')).toEqual({ query: 'query { Customer { id name } }' });
  });

  it('keeps to the concurrency it is given: one customer at a time', async () => {
    const nue = await useFakeNueCredits({ pools: [], poolsOf, customers: range(12).map(customer), delayMs: 2 });
    const report = await readCreditBalances({ nue: { client: nueClient(nue.origin), concurrency: 1 } });
    expect(report.balances).toHaveLength(12);
    expect(nue.maxInFlight()).toBe(1);
  });

  it('reads more customers at once than the default when told, but never more than there are', async () => {
    const many = await useFakeNueCredits({ pools: [], poolsOf, customers: range(40).map(customer), delayMs: 20 });
    await readCreditBalances({ nue: { client: nueClient(many.origin), concurrency: 8 } });
    expect(many.maxInFlight()).toBeGreaterThan(4);
    expect(many.maxInFlight()).toBeLessThanOrEqual(8);
  });

  it('reads only the customers named, each once and in the order given, without listing the tenant', async () => {
    const nue = await useFakeNueCredits({ pools: [], poolsOf, customers: range(5).map(customer) });
    const report = await readCreditBalances({ nue: { client: nueClient(nue.origin), customerId: ['cus-4', 'cus-2', 'cus-4'] } });
    expect(report.balances.map((b) => [b.account, b.name])).toEqual([
      ['customer cus-4', 'Pool 4'],
      ['customer cus-2', 'Pool 2'],
    ]);
    expect(report.balances[0]?.source).toMatchObject({ customer: { id: 'cus-4', name: undefined } });
    expect(nue.requests.some((r) => r.path === GRAPHQL_PATH)).toBe(false);
  });

  it('names a customer without a name by its id, and reads a customer listed twice once', async () => {
    const nue = await useFakeNueCredits({
      pools: [],
      poolsOf,
      customers: [{ id: 'cus-1' }, { id: 'cus-2', name: '' }, { id: 'cus-3', name: 7 }, { id: 'cus-1', name: 'Again' }],
    });
    const report = await readCreditBalances({ nue: { client: nueClient(nue.origin) } });
    expect(report.balances.map((b) => b.account)).toEqual(['customer cus-1', 'customer cus-2', 'customer cus-3']);
    expect(nue.requests.filter((r) => r.path.endsWith('/account-credit-pools'))).toHaveLength(3);
  });

  it('warns of listed customers without an id, and of a tenant without customers', async () => {
    const some = await useFakeNueCredits({ pools: [], poolsOf, customers: [{ id: 'cus-1' }, { name: 'No id' }, { id: '  ' }, null as never, { id: 5 }] });
    const withSome = await readCreditBalances({ nue: { client: nueClient(some.origin) } });
    expect(withSome.balances.map((b) => b.account)).toEqual(['customer cus-1']);
    expect(withSome.warnings).toEqual([{ vendor: 'nue', code: 'customer-without-id', message: "4 of the tenant's customers have no id and were not read" }]);

    const none = await useFakeNueCredits({ pools: [], customers: [] });
    expect(await readCreditBalances({ nue: { client: nueClient(none.origin) } })).toEqual({
      balances: [],
      failures: [],
      warnings: [{ vendor: 'nue', code: 'no-customers', message: 'the tenant has no customers (GraphQL Customer query)' }],
    });
    const onlyWithoutId = await useFakeNueCredits({ pools: [], customers: [{ name: 'x' }] });
    expect((await readCreditBalances({ nue: { client: nueClient(onlyWithoutId.origin) } })).warnings.map((w) => w.code)).toEqual(['customer-without-id']);
  });

  it('fails Nue as a whole when the customers cannot be listed, saying how to name them instead', async () => {
    for (const customerListAnswer of [{ data: {} }, { data: { Customer: { id: 'cus-1' } } }]) {
      const nue = await useFakeNueCredits({ pools: [], customerListAnswer });
      const report = await readCreditBalances({ nue: { client: nueClient(nue.origin) } });
      expect(report.balances).toEqual([]);
      expect(report.failures).toEqual([
        {
          vendor: 'nue',
          error: expect.objectContaining({
            name: 'ResponseParseError',
            pathTemplate: GRAPHQL_PATH,
            message:
              'POST /v1/async/graphql: the response body could not be read: the Customer query answered no list in data.Customer; name the customers to read instead (customerId, --nue-customer)',
          }),
        },
      ]);
    }
    const refused = await useFakeNueCredits({ pools: [], customerListAnswer: { errors: [{ message: 'Customer is not a type' }] } });
    const report = await readCreditBalances({ nue: { client: nueClient(refused.origin) } });
    expect(report.failures).toEqual([{ vendor: 'nue', error: expect.objectContaining({ name: 'NueGraphqlError' }) }]);
  });

  it('refuses a customer list or concurrency that cannot work, before asking Nue', async () => {
    const nue = await useFakeNueCredits({ pools: [pool(1)] });
    const client = nueClient(nue.origin);
    for (const [source, message] of [
      [{ customerId: [] }, 'readCreditBalances: nue.customerId must name at least one customer, or be left out to read every customer'],
      [{ customerId: ['cus-42', ' '] }, 'readCreditBalances: nue.customerId must be a non-empty string, got a blank string'],
      [{ customerId: '' }, 'readCreditBalances: nue.customerId must be a non-empty string, got an empty string'],
      [{ customerId: CUSTOMER, concurrency: 0 }, 'readCreditBalances: nue.concurrency must be a whole number >= 1, got 0'],
      [{ customerId: CUSTOMER, concurrency: 2.5 }, 'readCreditBalances: nue.concurrency must be a whole number >= 1, got 2.5'],
    ] as const) {
      const report = await readCreditBalances({ nue: { client, ...source } as never });
      expect(report.failures).toEqual([{ vendor: 'nue', error: expect.objectContaining({ name: 'ConfigurationError', message }) }]);
    }
    expect(nue.requests).toHaveLength(0);
  });

  it('stops at an abort with one failure, not one per customer', async () => {
    const nue = await useFakeNueCredits({ pools: [], poolsOf, customers: range(50).map(customer), delayMs: 5 });
    const controller = new AbortController();
    const reading = readCreditBalances({ nue: { client: nueClient(nue.origin) } }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 40);
    const report = await reading;
    expect(report.failures).toEqual([{ vendor: 'nue', error: expect.objectContaining({ name: 'AbortError' }) }]);
    expect(nue.requests.length).toBeLessThan(100);
  });
});
