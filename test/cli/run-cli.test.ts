// The command in this process (runCli with streams that record): every usage error and the
// configuration rules, which need no child process to show, and the exit code of an unexpected
// error, which no child can be made to hit. The child-process tests are beside this file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startSandbox } from 'creditline/sandbox';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { OPTIONS, parseCommandLine } from '../../src/cli/args.js';
import { readConfiguration } from '../../src/cli/configuration.js';
import { EXIT_CODES } from '../../src/cli/exit-codes.js';
import { HELP } from '../../src/cli/help.js';
import { runCli } from '../../src/cli/run-cli.js';

const SECRET = 'pasted-secret-5b7c9d';
const folder = mkdtempSync(path.join(tmpdir(), 'creditline-config-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function run(args: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { env, stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) } });
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
