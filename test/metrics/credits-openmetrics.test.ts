// `creditline credits --format openmetrics`, the form for node_exporter's textfile collector: the
// metrics alone on stdout, the notes on stderr, the exit codes of the table, a failed vendor
// down, no credential in any label; --format beside --json; and prom-client loaded by this format
// only, never by --help, --version or the table.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { base64Utf8 } from '../../src/core/base64.js';
import { CHILD_TIMEOUT_MS, creditline } from '../cli/run-creditline.js';
import { contingent } from '../maileon/fake-maileon.js';
import { CUSTOMER, NUE_API_KEY, pool, useFakeNueCredits } from '../nue-client/fake-nue-credits.js';
import { refusedOrigin, sendJson, useServer } from '../support/http-server.js';
import { CREDIT_STATE_ANSWER } from '../support/xovi-credit-state.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MAILEON_KEY = 'maileon-metrics-key-5d21';
const XOVI_KEY = 'xovi-metrics-key-88e0';
const SANDBOX_NOTE = 'sandbox  the answers are the examples of the bundled specs; no vendor was asked\n';

async function runInThisProcess(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { env: {}, stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) } });
  return { code, stdout, stderr };
}

const samples = (text: string) => text.split('\n').filter((line) => line && !line.startsWith('#'));

describe('creditline credits --format openmetrics', { timeout: CHILD_TIMEOUT_MS }, () => {
  it('prints every vendor’s credits as OpenMetrics on stdout, closed by # EOF, the notes on stderr (exit 0)', async () => {
    const { code, stdout, stderr } = await creditline(['credits', '--sandbox', '--format', 'openmetrics']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: SANDBOX_NOTE });
    expect(stdout.endsWith('\n# EOF\n')).toBe(true);
    const credits = samples(stdout).filter((line) => line.startsWith('creditline_credits_'));
    // The tenant's two customers (the spec's GraphQL Customer example), XOVI's credits and its keyword quota, Maileon's contingent.
    const labels = [
      'vendor="nue",account="customer 001Rk00001JT2i1YAA",name="API Calls 2025",kind="credit"',
      'vendor="nue",account="customer 7e0f6a52-1c5b-4f0e-9a53-0b6f4f2d8c11",name="API Calls 2025",kind="credit"',
      'vendor="xovi",account="XOVI account",name="",kind="credit"',
      'vendor="xovi",account="XOVI account",name="monitored keywords",kind="quota"',
      'vendor="maileon",account="newsletter account 12345",name="New Contingent 02.11.2017 (contingent 123)",kind="credit"',
    ];
    const values = { available: [7999.5, 7999.5, 5280, 4736, 990], used: [4250.5, 4250.5, 720, 264, 10], granted: [12000, 12000, 6000, 5000, 1000] };
    expect(credits).toEqual(
      Object.entries(values).flatMap(([family, numbers]) => labels.map((label, index) => `creditline_credits_${family}{${label}} ${numbers[index]}`)),
    );
    const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect(samples(stdout)).toContain(`creditline_build_info{version="${version}"} 1`);
    for (const vendor of ['nue', 'xovi', 'maileon']) {
      expect(samples(stdout)).toContain(`creditline_vendor_up{vendor="${vendor}"} 1`);
      expect(samples(stdout)).toContain(`creditline_vendor_stale{vendor="${vendor}"} 0`);
      expect(stdout).toMatch(new RegExp(`\ncreditline_read_duration_seconds\\{vendor="${vendor}"\\} \\d+(\\.\\d+)?\n`));
      expect(stdout).toMatch(new RegExp(`\ncreditline_last_read_timestamp_seconds\\{vendor="${vendor}"\\} \\d{10}(\\.\\d+)?\n`));
    }
  });

  it('exits 3 with the failed vendor down, its credits left out, Nue’s warning counted, and no credential anywhere', async () => {
    const nue = await useFakeNueCredits({ pools: [1, 2].map(pool), unreadablePools: ['pool-2'] });
    const env = {
      NUE_API_KEY,
      NUE_CUSTOMER_ID: CUSTOMER,
      NUE_BASE_URL: nue.origin,
      MAILEON_API_KEY: MAILEON_KEY,
      MAILEON_NL_ACCOUNT_ID: '12345',
      MAILEON_BASE_URL: await refusedOrigin(),
    };
    const { code, stdout, stderr } = await creditline(['credits', '--format', 'openmetrics'], env);
    expect(code).toBe(3);
    expect(samples(stdout).filter((line) => /^creditline_(vendor_up|read_warnings|credits_available)/.test(line))).toEqual([
      'creditline_vendor_up{vendor="nue"} 1',
      'creditline_vendor_up{vendor="maileon"} 0',
      'creditline_read_warnings{vendor="nue"} 1',
      'creditline_read_warnings{vendor="maileon"} 0',
      'creditline_credits_available{vendor="nue",account="customer cus-42",name="Pool 1",kind="credit"} 999',
      'creditline_credits_available{vendor="nue",account="customer cus-42",name="Pool 2",kind="credit"} 998',
    ]);
    // Pool 2's statistics could not be read: what it used and was granted is left out, not 0.
    expect(samples(stdout).filter((line) => line.includes('Pool 2'))).toHaveLength(1);
    expect(stderr.split('\n')[0]).toMatch(/^failed {3}maileon: /);
    expect(stderr).toContain('\nwarning  nue: customer cus-42: POOL_NOT_FOUND account credit pool pool-2 could not be read\n');
    expect(stderr).toContain('\nskipped  xovi: not set up (set XOVI_API_KEY)\n');
    expect(`${stdout}${stderr}`).not.toContain(MAILEON_KEY);
    expect(`${stdout}${stderr}`).not.toContain(NUE_API_KEY);
  });

  it('masks a credential a vendor echoes into a name, in every encoding, and e-mail addresses', async () => {
    const name = `Key ${MAILEON_KEY}, ${base64Utf8(MAILEON_KEY)}, for jane.doe@example.com`;
    const maileon = await useServer((_request, response) => sendJson(response, 200, [{ ...contingent(5), name }], { 'x-items': '1', 'x-pages': '1' }));
    const xovi = await useServer((_request, response) => sendJson(response, 200, CREDIT_STATE_ANSWER));
    const env = {
      MAILEON_API_KEY: MAILEON_KEY,
      MAILEON_NL_ACCOUNT_ID: '12345',
      MAILEON_BASE_URL: maileon.origin,
      XOVI_API_KEY: XOVI_KEY,
      XOVI_BASE_URL: xovi.origin,
    };
    const { code, stdout } = await creditline(['credits', '--format', 'openmetrics'], env);
    expect(code).toBe(0);
    expect(samples(stdout).filter((line) => line.startsWith('creditline_credits_available{vendor="maileon"'))).toEqual([
      'creditline_credits_available{vendor="maileon",account="newsletter account 12345",name="Key ***, ***, for *** (contingent 5)",kind="credit"} 990',
    ]);
    for (const form of [MAILEON_KEY, base64Utf8(MAILEON_KEY), XOVI_KEY, 'jane.doe']) expect(stdout).not.toContain(form);
  });

  it('keeps the exit code and the notes of --warn-below', async () => {
    const { code, stdout, stderr } = await creditline(['credits', '--sandbox', '--format', 'openmetrics', '--warn-below', '1000']);
    expect(code).toBe(4);
    expect(stdout.endsWith('\n# EOF\n')).toBe(true);
    expect(stderr).toBe(
      `low      maileon: newsletter account 12345, New Contingent 02.11.2017 (contingent 123) has 990 available, below 1000 (of 1,000 granted)\n${SANDBOX_NOTE}`,
    );
  });

  it('--format json is --json and --format table the table; --json beside another format is a usage error', async () => {
    const [json, formatJson, both, table, formatTable] = await Promise.all([
      creditline(['credits', '--sandbox', '--json']),
      creditline(['credits', '--sandbox', '--format', 'json']),
      creditline(['credits', '--sandbox', '--format', 'json', '--json']),
      creditline(['credits', '--sandbox']),
      creditline(['credits', '--sandbox', '--format', 'table']),
    ]);
    expect(formatJson).toEqual(json);
    expect(both).toEqual(json);
    expect(JSON.parse(json.stdout)).toHaveProperty('balances');
    expect(formatTable).toEqual(table);
    const errors = await Promise.all([
      runInThisProcess(['credits', '--sandbox', '--json', '--format', 'openmetrics']),
      runInThisProcess(['credits', '--sandbox', '--format', 'table', '--json']),
      runInThisProcess(['credits', '--sandbox', '--format', 'prometheus']),
      runInThisProcess(['drift', 'reports.jsonl', '--format', 'json']),
    ]);
    expect(errors).toEqual(
      [
        '--json is short for --format json: leave it out with --format openmetrics',
        '--json is short for --format json: leave it out with --format table',
        '--format takes table, json, openmetrics, got "prometheus"',
        '--format goes with `creditline credits`',
      ].map((message) => ({ code: 2, stdout: '', stderr: `creditline: ${message}\nSee creditline --help.\n` })),
    );
  });
});

describe('prom-client', () => {
  it('is loaded by the commands that write metrics only: not by --help, --version or the table', () => {
    // A child of its own, so that no other test has loaded it before; require.cache lists CommonJS modules, prom-client among them.
    const script = `
      import { createRequire } from 'node:module';
      import { runCli } from './src/cli/run-cli.ts';
      const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((file) => file.includes('/node_modules/prom-client/'));
      const io = { env: {}, stdout: { write: () => true }, stderr: { write: () => true } };
      const seen = [];
      for (const args of [['--help'], ['--version'], ['credits', '--sandbox'], ['credits', '--sandbox', '--json'], ['credits', '--sandbox', '--format', 'openmetrics']]) {
        const code = await runCli(args, io);
        seen.push(args.join(' ') + ': exit ' + code + ', prom-client ' + (loaded() ? 'loaded' : 'not loaded'));
      }
      console.log(seen.join('\\n'));
    `;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', script], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: CHILD_TIMEOUT_MS,
    });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim().split('\n')).toEqual([
      '--help: exit 0, prom-client not loaded',
      '--version: exit 0, prom-client not loaded',
      'credits --sandbox: exit 0, prom-client not loaded',
      'credits --sandbox --json: exit 0, prom-client not loaded',
      'credits --sandbox --format openmetrics: exit 0, prom-client loaded',
    ]);
  });
});
