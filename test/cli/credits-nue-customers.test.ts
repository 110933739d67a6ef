// `creditline credits` for a Nue tenant: every customer when none is named, only those named by
// --nue-customer (repeated or comma-separated) or NUE_CUSTOMER_ID, a failed customer listed below
// the others (exit 3), and --sort putting the rows closest to running out first.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { customer, NUE_API_KEY, pool, useFakeNueCredits } from '../nue-client/fake-nue-credits.js';
import { CHILD_TIMEOUT_MS, creditline } from './run-creditline.js';

const schema = JSON.parse(readFileSync(new URL('../../schemas/credit-report.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv2020({ strict: true, allowUnionTypes: true }).compile(schema);

/**
 * Four customers: cus-1 with 999 of 1,000 left, cus-2 with 998 of 100,000, cus-3 with 997 and
 * stats Nue cannot read (nothing known granted), cus-4 failing.
 */
async function tenant(): Promise<Record<string, string>> {
  const nue = await useFakeNueCredits({
    pools: [],
    customers: [1, 2, 3, 4].map(customer),
    poolsOf: (id) => [pool(Number(id.slice(4)))],
    grantedOf: (poolId) => (poolId === 'pool-2' ? 100_000 : 1000),
    unreadablePools: ['pool-3'],
    failingCustomers: ['cus-4'],
  });
  return { NUE_API_KEY, NUE_BASE_URL: nue.origin };
}

const rows = (stdout: string) =>
  stdout
    .split('\n')
    .filter((line) => line.startsWith('nue '))
    .map((line) => line.split(/ {2,}/)[2]);

describe('creditline credits for a Nue tenant', { timeout: CHILD_TIMEOUT_MS }, () => {
  it('reads every customer when none is named, and lists the one that failed below the others (exit 3)', async () => {
    const env = await tenant();
    const [table, json] = await Promise.all([creditline(['credits'], env), creditline(['credits', '--json'], env)]);
    expect(table.code).toBe(3);
    expect(rows(table.stdout)).toEqual(['customer cus-1 (Customer 1)', 'customer cus-2 (Customer 2)', 'customer cus-3 (Customer 3)']);
    expect(table.stdout).toContain(
      '\nfailed   nue: customer cus-4 (Customer 4): NueApiError: GET /customers/{customerId}/account-credit-pools failed with 500 Internal Server Error: customer cus-4 is broken\n',
    );
    expect(table.stdout).toContain('\nwarning  nue: customer cus-3 (Customer 3): POOL_NOT_FOUND account credit pool pool-3 could not be read\n');
    expect(json.code).toBe(3);
    const report = JSON.parse(json.stdout) as { failures: Array<{ account: string; error: { name: string; status: number } }> };
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.failures).toEqual([
      { vendor: 'nue', account: 'customer cus-4 (Customer 4)', error: expect.objectContaining({ name: 'NueApiError', status: 500 }) },
    ]);
    expect(`${table.stdout}${table.stderr}${json.stdout}${json.stderr}`).not.toContain(NUE_API_KEY);
  });

  it('reads only the customers --nue-customer names, repeated or comma-separated, else those NUE_CUSTOMER_ID lists', async () => {
    const env = await tenant();
    const [flags, variable, both] = await Promise.all([
      creditline(['credits', '--nue-customer', 'cus-3,cus-1', '--nue-customer', 'cus-2'], env),
      creditline(['credits'], { ...env, NUE_CUSTOMER_ID: ' cus-2 , cus-1' }),
      creditline(['credits', '--nue-customer', 'cus-1'], { ...env, NUE_CUSTOMER_ID: 'cus-4' }),
    ]);
    expect([flags.code, variable.code, both.code]).toEqual([0, 0, 0]);
    expect(rows(flags.stdout)).toEqual(['customer cus-3', 'customer cus-1', 'customer cus-2']);
    expect(rows(variable.stdout)).toEqual(['customer cus-2', 'customer cus-1']);
    expect(rows(both.stdout)).toEqual(['customer cus-1']);
  });

  it('--sort available puts the least left first; --sort share the least left of what was granted, rows without it last', async () => {
    const env = await tenant();
    const [available, share, json] = await Promise.all([
      creditline(['credits', '--sort', 'available'], env),
      creditline(['credits', '--sort', 'share'], env),
      creditline(['credits', '--sort', 'share', '--json'], env),
    ]);
    expect(rows(available.stdout)).toEqual(['customer cus-3 (Customer 3)', 'customer cus-2 (Customer 2)', 'customer cus-1 (Customer 1)']);
    // 998 of 100,000 is under 1%; 999 of 1,000 is 99.9%; cus-3 does not say what was granted
    expect(rows(share.stdout)).toEqual(['customer cus-2 (Customer 2)', 'customer cus-1 (Customer 1)', 'customer cus-3 (Customer 3)']);
    expect((JSON.parse(json.stdout) as { balances: Array<{ account: string; accountName: string }> }).balances.map((b) => [b.account, b.accountName])).toEqual([
      ['customer cus-2', 'Customer 2'],
      ['customer cus-1', 'Customer 1'],
      ['customer cus-3', 'Customer 3'],
    ]);
  });

  it('a tenant of 500 customers, some failing: one report with every other customer, the failed ones listed, sorted by share', async () => {
    const failing = [7, 123, 321, 456, 500];
    // pool-N has 1000 - N credits left of a grant between 1,000 and 5,990: the shares come in no order
    const grantedOf = (poolId: string) => 1000 + ((Number(poolId.slice(5)) * 7919) % 500) * 10;
    const nue = await useFakeNueCredits({
      pools: [],
      customers: Array.from({ length: 500 }, (_, i) => customer(i + 1)),
      poolsOf: (id) => [pool(Number(id.slice(4)))],
      grantedOf,
      failingCustomers: failing.map((n) => `cus-${n}`),
      delayMs: 1,
    });
    const { code, stdout, stderr } = await creditline(['credits', '--json', '--sort', 'share'], { NUE_API_KEY, NUE_BASE_URL: nue.origin });
    expect(code).toBe(3);
    const report = JSON.parse(stdout) as { balances: Array<{ name: string; available: number; granted: number }>; failures: Array<{ account: string }> };
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    const read = Array.from({ length: 500 }, (_, i) => i + 1).filter((n) => !failing.includes(n));
    const byShare = read
      .map((n) => ({ n, share: (1000 - n) / grantedOf(`pool-${n}`) }))
      .sort((a, b) => a.share - b.share)
      .map(({ n }) => `Pool ${n}`);
    expect(report.balances.map((b) => b.name)).toEqual(byShare);
    expect(report.failures.map((f) => f.account)).toEqual(failing.map((n) => `customer cus-${n} (Customer ${n})`));
    expect(stderr.split('\n').filter((line) => line.startsWith('failed '))).toHaveLength(failing.length);
    expect(nue.maxInFlight()).toBeGreaterThan(1);
    expect(nue.maxInFlight()).toBeLessThanOrEqual(4);
  });
});
