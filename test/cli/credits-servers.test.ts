// `creditline credits` against test servers that answer as the vendors do: every vendor read,
// Nue's partial success, one vendor down, and vendors that echo the credentials back. The
// credentials come from the environment and from `_FILE` files; none may show in any output.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, describe, expect, it } from 'vitest';
import { contingentPages, MAILEON_KEY, useFakeMaileon } from '../maileon/fake-maileon.js';
import { CUSTOMER, NUE_API_KEY, pool, useFakeNueCredits } from '../nue-client/fake-nue-credits.js';
import { refusedOrigin, sendJson, useServer } from '../support/http-server.js';
import { useFakeXovi, XOVI_KEY } from '../xovi/fake-xovi.js';
import { CHILD_TIMEOUT_MS, type CliRun, creditline } from './run-creditline.js';

const SECRETS = [NUE_API_KEY, XOVI_KEY, MAILEON_KEY];
const schema = JSON.parse(readFileSync(new URL('../../schemas/credit-report.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv2020({ strict: true, allowUnionTypes: true }).compile(schema);
const secretsFolder = mkdtempSync(path.join(tmpdir(), 'creditline-cli-'));
afterAll(() => rmSync(secretsFolder, { recursive: true, force: true }));

/** The environment of a user with all three vendors: keys in variables, the XOVI key in a file. */
async function vendors(options: { maileon?: string; unreadablePools?: string[] } = {}): Promise<Record<string, string>> {
  const xovi = await useFakeXovi();
  const nue = await useFakeNueCredits({ pools: [1, 2, 3].map(pool), unreadablePools: options.unreadablePools ?? [] });
  const maileon = options.maileon ?? (await useFakeMaileon({ pages: contingentPages(3, 2) })).origin;
  const xoviKeyFile = path.join(secretsFolder, 'xovi-key');
  writeFileSync(xoviKeyFile, `${XOVI_KEY}\n`);
  return {
    NUE_API_KEY,
    NUE_CUSTOMER_ID: CUSTOMER,
    NUE_BASE_URL: nue.origin,
    XOVI_API_KEY_FILE: xoviKeyFile,
    XOVI_BASE_URL: `${xovi.origin}/api`,
    MAILEON_API_KEY: MAILEON_KEY,
    MAILEON_NL_ACCOUNT_ID: '12345',
    MAILEON_BASE_URL: maileon,
  };
}

function expectNoSecrets(...runs: CliRun[]): void {
  const shown = SECRETS.filter((secret) => runs.some((run) => `${run.stdout}${run.stderr}`.includes(secret)));
  expect(shown).toEqual([]);
}

describe('creditline credits against the vendors', { timeout: CHILD_TIMEOUT_MS }, () => {
  it('prints every vendor, with Nue’s partial-success warning below the table (exit 0)', async () => {
    const env = await vendors({ unreadablePools: ['pool-3'] });
    const [table, json, percent] = await Promise.all([
      creditline(['credits'], env),
      creditline(['credits', '--json'], env),
      creditline(['credits', '--warn-below', '99.9%'], env),
    ]);
    expect(table).toEqual({
      code: 0,
      stderr: '',
      stdout: `VENDOR   KIND    ACCOUNT                   NAME                         AVAILABLE  USED  GRANTED  EXPIRES OR RENEWS  STATUS
nue      credit  customer cus-42           Pool 1                             999     1    1,000  -                  Active
nue      credit  customer cus-42           Pool 2                             998     2    1,000  -                  Active
nue      credit  customer cus-42           Pool 3                             997     -        -  -                  Active
xovi     credit  XOVI account              -                                5,280   720    6,000  -                  -
xovi     quota   XOVI account              monitored keywords               4,736   264    5,000  -                  -
maileon  credit  newsletter account 12345  Contingent 1 (contingent 1)        990    10    1,000  -                  running (prepaid active)
maileon  credit  newsletter account 12345  Contingent 2 (contingent 2)        990    10    1,000  -                  running (prepaid active)
maileon  credit  newsletter account 12345  Contingent 3 (contingent 3)        990    10    1,000  -                  running (prepaid active)

warning  nue: customer cus-42: POOL_NOT_FOUND account credit pool pool-3 could not be read
`,
    });
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as { balances: unknown[]; warnings: unknown[] };
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.balances).toHaveLength(8);
    expect(report.balances[2]).toMatchObject({ name: 'Pool 3', available: 997, used: null, granted: null });
    expect(report.warnings).toEqual([
      { vendor: 'nue', account: 'customer cus-42', code: 'POOL_NOT_FOUND', message: 'account credit pool pool-3 could not be read' },
    ]);
    expect(json.stderr).toBe('warning  nue: customer cus-42: POOL_NOT_FOUND account credit pool pool-3 could not be read\n');
    // 99.9% of 1,000 is 999: Pool 1 is not below it, Pool 2 is; Pool 3's granted amount is not known.
    expect(percent.code).toBe(4);
    expect(percent.stdout.split('\n').filter((line) => /^(low|unknown) /.test(line))).toEqual([
      'low      nue: customer cus-42, Pool 2 has 998 available, below 99.9% (of 1,000 granted)',
      'low      xovi: XOVI account has 5,280 available, below 99.9% (of 6,000 granted)',
      'low      xovi: XOVI account, monitored keywords has 4,736 available, below 99.9% (of 5,000 granted)',
      ...[1, 2, 3].map(
        (id) => `low      maileon: newsletter account 12345, Contingent ${id} (contingent ${id}) has 990 available, below 99.9% (of 1,000 granted)`,
      ),
      'unknown  nue: customer cus-42, Pool 3: not judged against 99.9%, its vendor does not say what was granted',
    ]);
    expectNoSecrets(table, json, percent);
  });

  it('skips a vendor with nothing set, with a note; --vendor asks only the vendors it names', async () => {
    const env = await vendors();
    const xoviOnly = { XOVI_API_KEY_FILE: env.XOVI_API_KEY_FILE!, XOVI_BASE_URL: env.XOVI_BASE_URL! };
    const [skipping, limited] = await Promise.all([creditline(['credits'], xoviOnly), creditline(['credits', '--vendor', 'xovi,nue', '--json'], env)]);
    expect(skipping).toEqual({
      code: 0,
      stderr: '',
      stdout: `VENDOR  KIND    ACCOUNT       NAME                AVAILABLE  USED  GRANTED  EXPIRES OR RENEWS  STATUS
xovi    credit  XOVI account  -                       5,280   720    6,000  -                  -
xovi    quota   XOVI account  monitored keywords      4,736   264    5,000  -                  -

skipped  nue: not set up (set NUE_API_KEY)
skipped  maileon: not set up (set MAILEON_API_KEY and MAILEON_NL_ACCOUNT_ID)
`,
    });
    expect(limited.code).toBe(0);
    expect([...new Set((JSON.parse(limited.stdout) as { balances: Array<{ vendor: string }> }).balances.map((b) => b.vendor))]).toEqual(['nue', 'xovi']);
    expectNoSecrets(skipping, limited);
  });

  it('one vendor down: the others are printed, the failure below them, exit 3; with --warn-below, still 3', async () => {
    const env = await vendors({ maileon: await refusedOrigin() });
    const [table, json] = await Promise.all([creditline(['credits', '--warn-below', '999'], env), creditline(['credits', '--json'], env)]);
    expect(table.code).toBe(3);
    expect(table.stdout.split('\n').filter((line) => /^(nue|xovi|maileon) /.test(line))).toHaveLength(5);
    expect(table.stdout).toMatch(/\nfailed {3}maileon: NetworkError: GET \/partner\/settings\/prepaids\/contingents failed: .*\n/);
    expect(table.stdout).toContain('\nlow      nue: customer cus-42, Pool 2 has 998 available, below 999 (of 1,000 granted)\n');
    expect(json.code).toBe(3);
    const report = JSON.parse(json.stdout) as { balances: unknown[]; failures: Array<{ vendor: string; error: Record<string, unknown> }> };
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.balances).toHaveLength(5);
    expect(report.failures).toEqual([
      {
        vendor: 'maileon',
        account: null,
        error: expect.objectContaining({ name: 'NetworkError', code: 'ECONNREFUSED', method: 'GET', pathTemplate: '/partner/settings/prepaids/contingents' }),
      },
    ]);
    expectNoSecrets(table, json);
  });

  it('never prints a credential, not even when the vendors echo it back in their errors', async () => {
    const echo = (key: string) => `the key ${key} (${encodeURIComponent(key)}) is not valid`;
    const xovi = await useFakeXovi({ body: { apiErrorCode: 1, apiErrorMessage: echo(XOVI_KEY) } });
    const nue = await useFakeNueCredits({ pools: [pool(1)] }); // answers a wrong key with 401 and that key in the message
    const maileon = await useServer((request, response) => sendJson(response, 500, { message: echo(request.query.get('key') ?? '') }));
    const wrongNueKey = `${NUE_API_KEY}-wrong`;
    const env = {
      NUE_API_KEY: wrongNueKey,
      NUE_CUSTOMER_ID: CUSTOMER,
      NUE_BASE_URL: nue.origin,
      XOVI_API_KEY: XOVI_KEY,
      XOVI_BASE_URL: `${xovi.origin}/api`,
      MAILEON_API_KEY: MAILEON_KEY,
      MAILEON_NL_ACCOUNT_ID: '1',
      MAILEON_BASE_URL: maileon.origin,
    };
    const [table, json] = await Promise.all([creditline(['credits'], env), creditline(['credits', '--json'], env)]);
    expect([table.code, json.code]).toEqual([3, 3]);
    expect(table.stdout).toMatch(/^No balances could be read\.\n\nfailed {3}nue: /);
    expect((JSON.parse(json.stdout) as { failures: Array<{ vendor: string }> }).failures.map((f) => f.vendor)).toEqual(['nue', 'xovi', 'maileon']);
    expect(table.stdout).toContain('failed   nue: customer cus-42: NueAuthError');
    expect(table.stdout).toContain('failed   xovi: XoviError');
    expect(table.stdout).toContain('failed   maileon: ApiError');
    expect(table.stdout).toContain('warning  xovi: XOVI account: quota-unread the monitored keywords quota could not be read: XoviError');
    const shown = [wrongNueKey, XOVI_KEY, MAILEON_KEY].filter((secret) => `${table.stdout}${json.stdout}${table.stderr}${json.stderr}`.includes(secret));
    expect(shown).toEqual([]);
  });
});
