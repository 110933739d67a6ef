// The command in this process (runCli with streams that record): every usage error and the
// configuration rules, which need no child process to show, and the exit code of an unexpected
// error, which no child can be made to hit; against the sandbox, the table or the JSON document,
// the notes and where they go, the exit code of a low balance, progress on a terminal only;
// --help and --version; `creditline drift` on files; and how the command line reads. The
// child-process tests are beside this file.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startSandbox } from 'creditline/sandbox';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { OPTIONS, parseCommandLine } from '../../src/cli/args.js';
import { balanceSources } from '../../src/cli/balance-sources.js';
import { readConfiguration } from '../../src/cli/configuration.js';
import { EXIT_CODES } from '../../src/cli/exit-codes.js';
import { HELP } from '../../src/cli/help.js';
import { runCli } from '../../src/cli/run-cli.js';
import { sandboxConfiguration } from '../../src/cli/sandbox-configuration.js';
import { driftReport } from '../validate/drift-report-fixture.js';

const SECRET = 'pasted-secret-5b7c9d';
const folder = mkdtempSync(path.join(tmpdir(), 'creditline-config-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The command with `env`, its output recorded; `terminal` makes stderr a terminal (progress, colour). */
async function run(args: string[], env: Record<string, string> = {}, terminal = false) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    env,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text), ...(terminal ? { isTTY: true } : {}) },
  });
  return { code, stdout, stderr };
}

function configuration(args: string[], env: Record<string, string>) {
  const invocation = parseCommandLine(['credits', ...args]);
  if (invocation.command !== 'credits') throw new Error('not credits');
  return readConfiguration(env, invocation.flags);
}

describe('runCli', () => {
  it('exits 2 with one message on stderr for every usage error, quoting no credential', async () => {
    const cases: Array<[string[], Record<string, string>, string]> = [
      [[], {}, 'a command is needed: `creditline credits`, `creditline serve` or `creditline drift`'],
      [['balance'], {}, 'unknown command: the commands are `creditline credits`, `creditline serve` and `creditline drift`'],
      [['credits', '--password', SECRET], {}, "Unknown option '--password' (credentials come only from the environment)"],
      [['credits', '--json=yes'], {}, "Option '--json' does not take an argument"],
      [['credits', '--warn-below'], {}, "Option '--warn-below <value>' argument missing"],
      [['credits', '--warn-below', 'lots'], {}, '--warn-below takes an amount (500) or a percentage (10%), got "lots"'],
      [['credits', '--warn-below', '120%'], {}, '--warn-below takes a percentage from 0% to 100%, got 120%'],
      [['credits', '--vendor', 'nue,acme'], {}, '--vendor takes nue, xovi, maileon (comma-separated or repeated), got "acme"'],
      [['credits', '--sandbox', '--nue-base-url', 'http://127.0.0.1:9'], {}, '--sandbox answers for every vendor itself: leave out the --*-base-url options'],
      [['credits'], {}, 'no vendor is set up: set NUE_API_KEY, XOVI_API_KEY or MAILEON_API_KEY, or try --sandbox'],
      [['credits'], { NUE_CUSTOMER_ID: 'c' }, 'nue is set up only in part: NUE_API_KEY (or NUE_USERNAME and NUE_PASSWORD) not set'],
      [['credits'], { NUE_USERNAME: 'ops@example.com', NUE_CUSTOMER_ID: 'c' }, 'nue is set up only in part: NUE_PASSWORD not set'],
      [['credits'], { NUE_PASSWORD: SECRET }, 'nue is set up only in part: NUE_USERNAME not set'],
      [['credits', '--sort', 'name'], {}, '--sort takes available or share, got "name"'],
      [['credits', '--sort'], {}, "Option '--sort <value>' argument missing"],
      [['credits'], { MAILEON_API_KEY: SECRET }, 'maileon is set up only in part: MAILEON_NL_ACCOUNT_ID (or --maileon-account) not set'],
      [
        ['credits'],
        { MAILEON_API_KEY: SECRET, MAILEON_NL_ACCOUNT_ID: 'twelve' },
        'the Maileon newsletter account (MAILEON_NL_ACCOUNT_ID or --maileon-account) must be a whole number, got "twelve"',
      ],
      [['credits', '--vendor', 'xovi'], { MAILEON_API_KEY: SECRET, MAILEON_NL_ACCOUNT_ID: '1' }, '--vendor xovi: xovi is not set up (set XOVI_API_KEY)'],
      [['credits'], { XOVI_API_KEY: SECRET, XOVI_API_KEY_FILE: '/nonexistent' }, 'set XOVI_API_KEY or XOVI_API_KEY_FILE, not both'],
      [['credits'], { XOVI_API_KEY_FILE: '/nonexistent/xovi-key' }, 'XOVI_API_KEY_FILE: cannot read /nonexistent/xovi-key (ENOENT)'],
      [
        ['credits'],
        { XOVI_API_KEY: SECRET, XOVI_BASE_URL: 'suite.xovi.net' },
        'the xovi base URL (--xovi-base-url or XOVI_BASE_URL) must be an http or https URL',
      ],
    ];
    for (const [args, env, message] of cases) {
      expect({ args, ...(await run(args, env)) }).toEqual({
        args,
        code: EXIT_CODES.usage,
        stdout: '',
        stderr: `creditline: ${message}\nSee creditline --help.\n`,
      });
    }
  });

  it('exits 1 on an unexpected error, with its message masked like all output', async () => {
    const sandbox = await startSandbox();
    onTestFinished(() => sandbox.close());
    const env = { XOVI_API_KEY: SECRET, XOVI_BASE_URL: sandbox.baseUrls.xovi };
    let stderr = '';
    const stdout = {
      write: () => {
        throw new Error(`stdout is gone (${SECRET})`);
      },
    };
    const code = await runCli(['credits'], { env, stdout, stderr: { write: (text: string) => (stderr += text) } });
    expect({ code, stderr }).toEqual({
      code: EXIT_CODES.unexpected,
      stderr: 'creditline: unexpected error (a bug in creditline): Error: stdout is gone (***)\n',
    });
  });

  it('--help names every option, every exit code and every variable the configuration reads', () => {
    for (const option of Object.keys(OPTIONS)) expect(HELP).toContain(`--${option}`);
    for (const code of Object.values(EXIT_CODES)) expect(HELP).toMatch(new RegExp(`^ {2}${code} {2}\\S`, 'm'));
    const variables = [
      'NUE_API_KEY',
      'NUE_USERNAME',
      'NUE_PASSWORD',
      'NUE_TENANT',
      'NUE_API_ACCESS_KEY',
      'NUE_CUSTOMER_ID',
      'NUE_ACCOUNT_POOL_IDS',
      'NUE_BASE_URL',
    ];
    for (const name of [
      ...variables,
      'XOVI_API_KEY',
      'XOVI_BASE_URL',
      'MAILEON_API_KEY',
      'MAILEON_NL_ACCOUNT_ID',
      'MAILEON_CONTINGENT_STATUS',
      'MAILEON_BASE_URL',
      'NAME_FILE',
    ]) {
      expect(HELP).toContain(name);
    }
  });
});

describe('the configuration', () => {
  it('reads the API keys (or the files `_FILE` names), the ids and base URLs, flags before variables; skips a vendor with nothing set', () => {
    const keyFile = path.join(folder, 'maileon-key');
    writeFileSync(keyFile, '  maileon-key-from-file\n');
    const { settings, skipped, secrets } = configuration(
      ['--nue-customer', 'cus-flag, cus-2', '--nue-customer', 'cus-3', '--maileon-status', 'running, expired'],
      {
        NUE_API_KEY: 'nue-key',
        NUE_CUSTOMER_ID: 'cus-env',
        NUE_ACCOUNT_POOL_IDS: 'pool-1,pool-2',
        NUE_BASE_URL: 'http://127.0.0.1:1/nue',
        MAILEON_API_KEY_FILE: keyFile,
        MAILEON_NL_ACCOUNT_ID: '12345',
      },
    );
    expect(settings).toEqual({
      nue: {
        auth: { apiKey: 'nue-key' },
        customerIds: ['cus-flag', 'cus-2', 'cus-3'],
        accountPoolIds: ['pool-1', 'pool-2'],
        baseUrl: 'http://127.0.0.1:1/nue',
      },
      maileon: { apiKey: 'maileon-key-from-file', nlAccountId: 12345, status: ['running', 'expired'], baseUrl: undefined },
    });
    expect(skipped).toEqual([{ vendor: 'xovi', reason: 'not set up (set XOVI_API_KEY)' }]);
    expect(secrets.sort()).toEqual(['maileon-key-from-file', 'nue-key']);
  });

  it('logs in to Nue with the login variables when there is no API key; the API key wins when both are set', () => {
    const login = { NUE_USERNAME: 'ops@example.com', NUE_PASSWORD: 'pw-1234', NUE_TENANT: 'Acme EU', NUE_API_ACCESS_KEY: 'tenant-key', NUE_CUSTOMER_ID: 'c' };
    const { settings, secrets } = configuration([], login);
    expect(settings.nue?.auth).toEqual({ username: 'ops@example.com', password: 'pw-1234', tenant: 'Acme EU', apiAccessKey: 'tenant-key' });
    expect(secrets.sort()).toEqual(['pw-1234', 'tenant-key']);
    expect(configuration([], { ...login, NUE_API_KEY: 'nue-key' }).settings.nue?.auth).toEqual({ apiKey: 'nue-key' });
  });

  it('reads every Nue customer when none is named, and the customers NUE_CUSTOMER_ID lists when no flag names one', () => {
    expect(configuration([], { NUE_API_KEY: 'k' }).settings.nue?.customerIds).toBeUndefined();
    expect(configuration(['--nue-customer', ' , '], { NUE_API_KEY: 'k' }).settings.nue?.customerIds).toBeUndefined();
    expect(configuration([], { NUE_API_KEY: 'k', NUE_CUSTOMER_ID: 'a, b,,c' }).settings.nue?.customerIds).toEqual(['a', 'b', 'c']);
    expect(configuration(['--nue-customer', ' , '], { NUE_API_KEY: 'k', NUE_CUSTOMER_ID: 'a' }).settings.nue?.customerIds).toEqual(['a']);
    expect(configuration(['--nue-customer', 'x'], { NUE_API_KEY: 'k', NUE_CUSTOMER_ID: 'a' }).settings.nue?.customerIds).toEqual(['x']);
  });

  it('--vendor limits the vendors, in the fixed order nue, xovi, maileon', () => {
    const env = { NUE_API_KEY: 'k', NUE_CUSTOMER_ID: 'c', XOVI_API_KEY: 'k', MAILEON_API_KEY: 'k', MAILEON_NL_ACCOUNT_ID: '1' };
    expect(Object.keys(configuration(['--vendor', 'maileon', '--vendor', 'xovi'], env).settings)).toEqual(['xovi', 'maileon']);
    expect(configuration(['--vendor', 'maileon,nue'], env).skipped).toEqual([]);
  });
});

const SANDBOX_NOTE = 'sandbox  the answers are the examples of the bundled specs; no vendor was asked';

describe('creditline credits --sandbox', () => {
  it('prints the table of every vendor in a fixed order, then the sandbox note, and nothing on a piped stderr', async () => {
    const { code, stdout, stderr } = await run(['credits', '--sandbox']);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^VENDOR {3}KIND {4}ACCOUNT {2}/);
    expect(lines.slice(1, 6).map((line) => line.split(' ')[0])).toEqual(['nue', 'nue', 'xovi', 'xovi', 'maileon']);
    expect(lines.slice(6)).toEqual(['', SANDBOX_NOTE, '']);
    expect(stderr).toBe('');
  });

  it('prints one JSON document of the vendors asked, with the notes on stderr', async () => {
    const { code, stdout, stderr } = await run(['credits', '--sandbox', '--json', '--vendor', 'XOVI']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { balances: Array<{ vendor: string; available: number }>; failures: unknown[] };
    expect(report.balances.map(({ vendor, available }) => ({ vendor, available }))).toEqual([
      { vendor: 'xovi', available: 5280 },
      { vendor: 'xovi', available: 4736 },
    ]);
    expect(report.failures).toEqual([]);
    expect(stderr).toBe(`${SANDBOX_NOTE}\n`);
  });

  it('exits 4 and names the balance below --warn-below, leaving the others', async () => {
    const { code, stdout } = await run(['credits', '--sandbox', '--warn-below', '1000']);
    expect(code).toBe(4);
    const notes = stdout.split('\n').filter((line) => line.startsWith('low '));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^low {6}maileon: newsletter account 12345, .* has 990 available, below 1000 \(of 1,000 granted\)$/);
    expect((await run(['credits', '--sandbox', '--warn-below', '990'])).code).toBe(0);
  });

  it('shows progress on a terminal stderr: the host asked and the balances counted', async () => {
    const { code, stderr } = await run(['credits', '--sandbox', '--vendor', 'nue,maileon'], {}, true);
    expect(code).toBe(0);
    const lines = stderr.trimEnd().split('\n');
    expect(lines.slice(0, 2)).toEqual([
      expect.stringMatching(/^nue: asking 127\.0\.0\.1:\d+ …$/),
      expect.stringMatching(/^maileon: asking 127\.0\.0\.1:\d+ …$/),
    ]);
    expect(lines.slice(2).sort()).toEqual([expect.stringMatching(/^maileon: 1 balance in \d+ ms$/), expect.stringMatching(/^nue: 2 balances in \d+ ms$/)]);
  });
});

describe('--help and --version', () => {
  it('print the help or the package version on stdout and exit 0', async () => {
    expect(await run(['--help'])).toEqual({ code: 0, stdout: HELP, stderr: '' });
    expect(await run(['credits', '--help'])).toEqual({ code: 0, stdout: HELP, stderr: '' });
    const { version } = JSON.parse(readFileSync(path.resolve('package.json'), 'utf8')) as { version: string };
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});

describe('creditline drift', () => {
  it('summarises the files, naming the lines that are not reports, and refuses a file with no report', async () => {
    const file = path.join(folder, 'stray.jsonl');
    writeFileSync(file, `not a report\n\n{"x":1}\n${JSON.stringify(driftReport({ api: 'acme' }))}\n`);
    const text = await run(['drift', file]);
    expect(text).toMatchObject({ code: 0, stderr: `creditline: warning: 2 lines are not drift reports and were left out: ${file}:1, ${file}:3\n` });
    expect(text.stdout.startsWith('1 proposed spec edit from 1 report (1 sighting); inferred parts of the spec first.\n\n')).toBe(true);
    expect(text.stdout).toContain(
      `\n\nLines that are not reports, left out: ${file}:1 (not JSON), ${file}:3 (JSON but not a drift report: \`api\` is missing or not a string).\n\n`,
    );
    const json = await run(['drift', '--json', file, file]);
    expect(json).toMatchObject({
      code: 0,
      stderr: `creditline: warning: 4 lines are not drift reports and were left out: ${file}:1, ${file}:3, ${file}:1, ${file}:3\n`,
    });
    const summary = JSON.parse(json.stdout) as { reports: number; skipped: Array<{ line: number }> };
    expect(summary.reports).toBe(1);
    expect(summary.skipped.map((skipped) => skipped.line)).toEqual([1, 3, 1, 3]);

    const stray = path.join(folder, 'only-stray.jsonl');
    writeFileSync(stray, 'not a report\n');
    expect(await run(['drift', stray])).toEqual({
      code: 2,
      stdout: '',
      stderr: `creditline: ${stray} holds no drift report: line 1 is not JSON\nSee creditline --help.\n`,
    });
  });

  it('exits 2 naming a file it cannot read', async () => {
    const missing = path.join(folder, 'missing.jsonl');
    const { code, stdout, stderr } = await run(['drift', missing]);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toContain(`cannot read ${missing}: ENOENT`);
  });
});

describe('parseCommandLine', () => {
  it('reads help, version and drift before anything else', () => {
    expect(parseCommandLine(['--help', 'nonsense'])).toEqual({ command: 'help' });
    expect(parseCommandLine(['--version', 'nonsense'])).toEqual({ command: 'version' });
    expect(parseCommandLine(['drift', 'a.jsonl', 'b.jsonl'])).toEqual({
      command: 'drift',
      flags: { files: ['a.jsonl', 'b.jsonl'], json: false, specRoot: undefined },
    });
    expect(parseCommandLine(['drift', '--json', '--spec', 'spec', 'a.jsonl'])).toEqual({
      command: 'drift',
      flags: { files: ['a.jsonl'], json: true, specRoot: 'spec' },
    });
  });

  it('refuses drift without files, --spec outside drift, and arguments to credits', () => {
    expect(() => parseCommandLine(['drift'])).toThrow('creditline drift takes the JSON Lines files of drift reports');
    expect(() => parseCommandLine(['credits', '--spec', 'spec'])).toThrow('--spec goes with `creditline drift`');
    expect(() => parseCommandLine(['credits', 'a', 'b'])).toThrow('creditline credits takes no arguments, got 2');
    expect(() => parseCommandLine(['credits', '--vendor', ''])).toThrow('--vendor takes nue, xovi, maileon (comma-separated or repeated), got ""');
  });

  it('maps every option of credits to its flag, with the table format and sandbox off by default', () => {
    expect(parseCommandLine(['credits'])).toEqual({
      command: 'credits',
      flags: {
        format: 'table',
        sandbox: false,
        vendors: undefined,
        warnBelow: undefined,
        sort: undefined,
        nueCustomers: undefined,
        nuePools: undefined,
        maileonAccount: undefined,
        maileonStatus: undefined,
        baseUrls: {},
      },
    });
    expect(
      parseCommandLine([
        'credits',
        '--json',
        '--vendor',
        ' Maileon ,NUE',
        '--warn-below',
        '5%',
        '--nue-customer',
        'c',
        '--sort',
        ' SHARE ',
        '--nue-customer',
        'd,e',
        '--nue-pools',
        'p1,p2',
        '--maileon-account',
        '7',
        '--maileon-status',
        'running',
        '--nue-base-url',
        'http://n',
        '--xovi-base-url',
        'http://x',
        '--maileon-base-url',
        'http://m',
      ]),
    ).toEqual({
      command: 'credits',
      flags: {
        format: 'json',
        sandbox: false,
        vendors: ['nue', 'maileon'],
        warnBelow: { kind: 'percent', percent: 5 },
        sort: 'share',
        nueCustomers: ['c', 'd,e'],
        nuePools: 'p1,p2',
        maileonAccount: '7',
        maileonStatus: 'running',
        baseUrls: { nue: 'http://n', xovi: 'http://x', maileon: 'http://m' },
      },
    });
    expect(parseCommandLine(['credits', '--sandbox'])).toMatchObject({ flags: { sandbox: true, baseUrls: {} } });
  });
});

describe('readConfiguration', () => {
  it('skips the vendors with nothing set, saying what to set', () => {
    expect(configuration([], { XOVI_API_KEY: 'xovi-key-1' }).skipped).toEqual([
      { vendor: 'nue', reason: 'not set up (set NUE_API_KEY)' },
      { vendor: 'maileon', reason: 'not set up (set MAILEON_API_KEY and MAILEON_NL_ACCOUNT_ID)' },
    ]);
  });

  it('sets Nue up with its key alone, to read every customer of the tenant', () => {
    expect(configuration([], { NUE_API_KEY: 'nue-key-1' }).settings.nue).toEqual({
      auth: { apiKey: 'nue-key-1' },
      customerIds: undefined,
      accountPoolIds: undefined,
      baseUrl: undefined,
    });
  });

  it("takes each vendor's base URL from its own variable", () => {
    const { settings } = configuration([], {
      NUE_API_KEY: 'nue-key-1',
      NUE_CUSTOMER_ID: 'c',
      NUE_BASE_URL: 'http://nue.test',
      XOVI_API_KEY: 'xovi-key-1',
      XOVI_BASE_URL: 'https://xovi.test',
      MAILEON_API_KEY: 'maileon-key-1',
      MAILEON_NL_ACCOUNT_ID: '3',
      MAILEON_BASE_URL: 'http://maileon.test',
    });
    expect([settings.nue?.baseUrl, settings.xovi?.baseUrl, settings.maileon?.baseUrl]).toEqual(['http://nue.test', 'https://xovi.test', 'http://maileon.test']);
  });

  it('refuses a base URL whose scheme only ends in http', () => {
    expect(() => configuration([], { XOVI_API_KEY: 'xovi-key-1', XOVI_BASE_URL: 'xhttps://xovi.test' })).toThrow(
      'the xovi base URL (--xovi-base-url or XOVI_BASE_URL) must be an http or https URL',
    );
  });

  it('refuses an empty key file', () => {
    const empty = path.join(folder, 'empty-key');
    writeFileSync(empty, '  \n');
    expect(() => configuration([], { XOVI_API_KEY_FILE: empty })).toThrow(`XOVI_API_KEY_FILE: ${empty} is empty`);
  });
});

describe('creditline credits --sandbox with the flags that choose what to read', () => {
  it('reads the customer and newsletter account given', async () => {
    const { code, stdout } = await run(['credits', '--sandbox', '--vendor', 'nue,maileon', '--nue-customer', 'cust-9', '--maileon-account', '77']);
    expect(code).toBe(0);
    expect(stdout).toContain('customer cust-9');
    expect(stdout).toContain('newsletter account 77');
  });
});

describe('sandboxConfiguration and balanceSources', () => {
  const baseUrls = { nue: 'http://127.0.0.1:1', xovi: 'http://127.0.0.1:2', maileon: 'http://127.0.0.1:3' };
  const flags = (args: string[]) => {
    const invocation = parseCommandLine(['credits', '--sandbox', ...args]);
    if (invocation.command !== 'credits') throw new Error('not credits');
    return invocation.flags;
  };

  it('sets up every vendor against the sandbox with placeholders, or those --vendor names', () => {
    expect(sandboxConfiguration(baseUrls, flags([]))).toEqual({
      settings: {
        nue: { auth: { apiKey: 'sandbox-key' }, customerIds: undefined, accountPoolIds: undefined, baseUrl: baseUrls.nue },
        xovi: { apiKey: 'sandbox-key', baseUrl: baseUrls.xovi },
        maileon: { apiKey: 'sandbox-key', nlAccountId: 12345, status: undefined, baseUrl: baseUrls.maileon },
      },
      skipped: [],
      secrets: [],
    });
    const some = sandboxConfiguration(baseUrls, flags(['--vendor', 'maileon', '--maileon-status', 'running, expired', '--maileon-account', '9']));
    expect(some.settings).toEqual({ maileon: { apiKey: 'sandbox-key', nlAccountId: 9, status: ['running', 'expired'], baseUrl: baseUrls.maileon } });
    expect(Object.keys(sandboxConfiguration(baseUrls, flags(['--vendor', 'nue', '--nue-pools', 'p1,p2'])).settings)).toEqual(['nue']);
    expect(sandboxConfiguration(baseUrls, flags(['--vendor', 'nue', '--nue-pools', 'p1,p2'])).settings.nue?.accountPoolIds).toEqual(['p1', 'p2']);
    expect(sandboxConfiguration(baseUrls, flags(['--nue-customer', 'a,b', '--nue-customer', 'c'])).settings.nue?.customerIds).toEqual(['a', 'b', 'c']);
  });

  it('makes one source per configured vendor, passing on the pools and statuses chosen', () => {
    const all = balanceSources(sandboxConfiguration(baseUrls, flags(['--nue-pools', 'p1', '--maileon-status', 'running'])).settings);
    expect(Object.keys(all)).toEqual(['nue', 'xovi', 'maileon']);
    expect(all.nue).toMatchObject({ accountPoolIds: ['p1'] });
    expect(all.nue).not.toHaveProperty('customerId'); // every customer of the tenant
    expect(balanceSources(sandboxConfiguration(baseUrls, flags(['--nue-customer', 'c1,c2'])).settings).nue).toMatchObject({ customerId: ['c1', 'c2'] });
    expect(all.maileon).toMatchObject({ nlAccountId: 12345, status: ['running'] });
    const plainSources = balanceSources(sandboxConfiguration(baseUrls, flags([])).settings);
    expect(plainSources.nue).not.toHaveProperty('accountPoolIds');
    expect(plainSources.maileon).not.toHaveProperty('status');
    expect(Object.keys(balanceSources({ xovi: { apiKey: 'k', baseUrl: undefined } }))).toEqual(['xovi']);
  });
});
