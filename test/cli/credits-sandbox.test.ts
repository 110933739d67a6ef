// `creditline credits --sandbox` as a user runs it after `npm install`: no account, no network,
// the three vendors' balances from the specs' examples. The JSON output is checked against the
// schema the package ships.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { CHILD_TIMEOUT_MS, creditline } from './run-creditline.js';

const SANDBOX_TABLE = `VENDOR   KIND    ACCOUNT                                                              NAME                                        AVAILABLE     USED  GRANTED  EXPIRES OR RENEWS  STATUS
nue      credit  customer 001Rk00001JT2i1YAA (Acme Analytics GmbH)                    API Calls 2025                                7,999.5  4,250.5   12,000  -                  Active
nue      credit  customer 7e0f6a52-1c5b-4f0e-9a53-0b6f4f2d8c11 (Northwind Media Ltd)  API Calls 2025                                7,999.5  4,250.5   12,000  -                  Active
xovi     credit  XOVI account                                                         -                                               5,280      720    6,000  -                  -
xovi     quota   XOVI account                                                         monitored keywords                              4,736      264    5,000  -                  -
maileon  credit  newsletter account 12345                                             New Contingent 02.11.2017 (contingent 123)        990       10    1,000  -                  running (prepaid active)

sandbox  the answers are the examples of the bundled specs; no vendor was asked
`;

const schema = JSON.parse(readFileSync(new URL('../../schemas/credit-report.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true }).compile(schema);

describe('creditline credits --sandbox', { timeout: CHILD_TIMEOUT_MS }, () => {
  it('prints every vendor’s balance from the specs examples, and only that on a pipe', async () => {
    const { code, stdout, stderr } = await creditline(['credits', '--sandbox'], { FORCE_COLOR: '1' });
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: SANDBOX_TABLE, stderr: '' });
  });

  it('--json: the report in the shipped schema, numbers as numbers and null where a vendor does not say', async () => {
    const [all, everyContingent] = await Promise.all([
      creditline(['credits', '--sandbox', '--json']),
      creditline(['credits', '--sandbox', '--json', '--vendor', 'maileon', '--maileon-status', 'running,outstanding,consumed,expired']),
    ]);
    for (const run of [all, everyContingent]) {
      expect(run.code).toBe(0);
      const report = JSON.parse(run.stdout) as unknown;
      expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    }
    const report = JSON.parse(all.stdout) as { balances: Array<Record<string, unknown>> };
    const pool = { name: 'API Calls 2025', available: 7999.5, used: 4250.5, granted: 12000, renewsOrExpiresAt: null, status: 'Active', prepaid: null };
    expect(report.balances.map(({ source: _source, ...balance }) => balance)).toEqual([
      // the tenant's customers: the spec's example of the GraphQL Customer query
      { vendor: 'nue', kind: 'credit', account: 'customer 001Rk00001JT2i1YAA', accountName: 'Acme Analytics GmbH', ...pool },
      { vendor: 'nue', kind: 'credit', account: 'customer 7e0f6a52-1c5b-4f0e-9a53-0b6f4f2d8c11', accountName: 'Northwind Media Ltd', ...pool },
      {
        vendor: 'xovi',
        kind: 'credit',
        account: 'XOVI account',
        accountName: null,
        name: null,
        available: 5280,
        used: 720,
        granted: 6000,
        renewsOrExpiresAt: null,
        status: null,
        prepaid: null,
      },
      {
        vendor: 'xovi',
        kind: 'quota',
        account: 'XOVI account',
        accountName: null,
        name: 'monitored keywords',
        available: 4736,
        used: 264,
        granted: 5000,
        renewsOrExpiresAt: null,
        status: null,
        prepaid: null,
      },
      {
        vendor: 'maileon',
        kind: 'credit',
        account: 'newsletter account 12345',
        accountName: null,
        name: 'New Contingent 02.11.2017 (contingent 123)',
        available: 990,
        used: 10,
        granted: 1000,
        renewsOrExpiresAt: null,
        status: 'running',
        prepaid: 'active',
      },
    ]);
    expect(all.stderr).toBe('sandbox  the answers are the examples of the bundled specs; no vendor was asked\n');
    const contingents = (JSON.parse(everyContingent.stdout) as { balances: Array<{ status: string; renewsOrExpiresAt: string | null }> }).balances;
    expect(contingents.map((b) => [b.status, b.renewsOrExpiresAt])).toEqual([
      ['consumed', null],
      ['expired', '2017-01-22T12:00:00+01:00'],
      ['running', null],
    ]);
  });

  it('--warn-below: exit 4 and a line per balance or quota below an amount or a percentage of what was granted; 0 when none is', async () => {
    const [percent, amount, none, quota] = await Promise.all([
      creditline(['credits', '--sandbox', '--warn-below', '70%']),
      creditline(['credits', '--sandbox', '--vendor', 'nue,maileon', '--warn-below', '1000', '--json']),
      creditline(['credits', '--sandbox', '--warn-below', '990']),
      creditline(['credits', '--sandbox', '--vendor', 'xovi', '--warn-below', '95%']),
    ]);
    // 4,736 of 5,000 monitored keywords left is 94.7%: the quota is below 95%, the credits (88%) too
    expect(quota.code).toBe(4);
    expect(quota.stdout.split('\n').filter((line) => line.startsWith('low '))).toEqual([
      'low      xovi: XOVI account has 5,280 available, below 95% (of 6,000 granted)',
      'low      xovi: XOVI account, monitored keywords has 4,736 available, below 95% (of 5,000 granted)',
    ]);
    expect(percent.code).toBe(4);
    expect(percent.stdout).toContain(
      '\nlow      nue: customer 001Rk00001JT2i1YAA (Acme Analytics GmbH), API Calls 2025 has 7,999.5 available, below 70% (of 12,000 granted)\n',
    );
    expect(percent.stdout.match(/^low /gm)).toHaveLength(2);
    expect(amount.code).toBe(4);
    expect(amount.stderr).toContain('low      maileon: newsletter account 12345, New Contingent 02.11.2017 (contingent 123) has 990 available, below 1000');
    expect(JSON.parse(amount.stdout).balances.map((b: { vendor: string }) => b.vendor)).toEqual(['nue', 'nue', 'maileon']);
    expect(none.code).toBe(0);
    expect(none.stdout).not.toMatch(/^low /m);
  });

  it('--sort available: the rows with least left first, ties in the report order', async () => {
    const { code, stdout } = await creditline(['credits', '--sandbox', '--sort', 'available']);
    expect(code).toBe(0);
    expect(
      stdout
        .split('\n')
        .slice(1, 6)
        .map((line) => line.split(/ {2,}/).slice(0, 2).join(' ')),
    ).toEqual(['maileon credit', 'xovi quota', 'xovi credit', 'nue credit', 'nue credit']);
    expect(stdout).toMatch(/Acme Analytics GmbH.*\n.*Northwind Media Ltd/);
  });
});
