// `creditline serve` as users run it: against the sandbox and against vendors on 127.0.0.1, with
// the configuration of `credits`; many scrapes and no vendor call beyond the refresh, a scrape that
// never waits on a slow vendor, a vendor down while the exporter stays up, no credential in the
// metrics or the log, every usage error in its words, and a clean stop on SIGTERM and SIGINT.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { parseCommandLine } from '../../src/cli/args.js';
import { EXIT_CODES } from '../../src/cli/exit-codes.js';
import { runCli } from '../../src/cli/run-cli.js';
import { durationText } from '../../src/cli/serve-options.js';
import { base64Utf8 } from '../../src/core/base64.js';
import { CHILD_TIMEOUT_MS } from '../cli/run-creditline.js';
import { CONTINGENTS_PATH, contingent, PREPAID_STATUS_PATH } from '../maileon/fake-maileon.js';
import { type RecordedRequest, sendJson, startServer, type TestServer, useServer } from '../support/http-server.js';
import { CREDIT_STATE_ANSWER } from '../support/xovi-credit-state.js';
import { KEYWORD_LIMITS, methodOf, type XoviMethodName } from '../xovi/fake-xovi.js';
import { serve } from './serving.js';

const XOVI_KEY = 'xovi-serve-key-31c4e5';
const MAILEON_KEY = 'maileon-serve-key-77ab10';
const folder = mkdtempSync(path.join(tmpdir(), 'creditline-serve-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const samples = (text: string, family: string) => text.split('\n').filter((line) => line.startsWith(`${family}{`));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function metrics(origin: string): Promise<string> {
  const response = await fetch(`${origin}/metrics`);
  expect(response.status).toBe(200);
  return response.text();
}

async function until(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + CHILD_TIMEOUT_MS;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

const KEYWORD_LIMITS_ANSWER = { apiErrorCode: 0, apiErrorMessage: '0k.', apiResult: [KEYWORD_LIMITS] };

/**
 * XOVI and Maileon on 127.0.0.1, counting their calls: XOVI can be taken down (503), Maileon slowed; the Maileon key is in a `_FILE`.
 * One read asks XOVI for its credit state and its keyword quota, and Maileon for its contingents and its prepaid status.
 */
async function useVendors(options: { maileonName?: string } = {}) {
  const state = { xoviDown: false, maileonDelayMs: 0 };
  const xovi = await useServer((request, response) => {
    if (state.xoviDown) return sendJson(response, 503, { message: `unavailable for ${XOVI_KEY}` });
    sendJson(response, 200, methodOf(request) === 'getKeywordLimits' ? KEYWORD_LIMITS_ANSWER : CREDIT_STATE_ANSWER);
  });
  const maileon = await useServer(async (request, response) => {
    await sleep(state.maileonDelayMs);
    if (request.path === PREPAID_STATUS_PATH) return sendJson(response, 200, { active: true });
    const body = [{ ...contingent(7), name: options.maileonName ?? 'Spring' }];
    sendJson(response, 200, body, { 'x-items': '1', 'x-pages': '1' });
  });
  const keyFile = path.join(folder, `maileon-key-${Date.now()}`);
  writeFileSync(keyFile, `${MAILEON_KEY}\n`);
  const env = {
    XOVI_API_KEY: XOVI_KEY,
    XOVI_BASE_URL: xovi.origin,
    MAILEON_API_KEY_FILE: keyFile,
    MAILEON_NL_ACCOUNT_ID: '12345',
    MAILEON_BASE_URL: maileon.origin,
  };
  return { state, xovi, maileon, env };
}

/** The calls of one XOVI method. */
const xoviCalls = (xovi: TestServer, method: XoviMethodName) => xovi.requests.filter((request) => methodOf(request) === method).length;
/** The calls to one Maileon path. */
const maileonCalls = (maileon: TestServer, path: string) => maileon.requests.filter((request: RecordedRequest) => request.path === path).length;

async function run(args: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { env, stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) } });
  return { code, stdout, stderr };
}

describe('creditline serve', { timeout: CHILD_TIMEOUT_MS }, () => {
  it('--sandbox: says where it serves, serves the sandbox’s credits with their labels, and stops with exit 0', async () => {
    const serving = await serve(['--sandbox', '--listen', '127.0.0.1:0']);
    expect(serving.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await until(() => serving.log().split('\n').length >= 5, 'the three vendors read');
    const text = await metrics(serving.origin);
    // The tenant's two customers (the spec's GraphQL Customer example), XOVI's credits and its keyword quota, Maileon's contingent.
    expect(samples(text, 'creditline_credits_available')).toEqual([
      'creditline_credits_available{vendor="nue",account="customer 001Rk00001JT2i1YAA",name="API Calls 2025",kind="credit"} 7999.5',
      'creditline_credits_available{vendor="nue",account="customer 7e0f6a52-1c5b-4f0e-9a53-0b6f4f2d8c11",name="API Calls 2025",kind="credit"} 7999.5',
      'creditline_credits_available{vendor="xovi",account="XOVI account",name="",kind="credit"} 5280',
      'creditline_credits_available{vendor="xovi",account="XOVI account",name="monitored keywords",kind="quota"} 4736',
      'creditline_credits_available{vendor="maileon",account="newsletter account 12345",name="New Contingent 02.11.2017 (contingent 123)",kind="credit"} 990',
    ]);
    expect(samples(text, 'creditline_vendor_up')).toEqual(['nue', 'xovi', 'maileon'].map((vendor) => `creditline_vendor_up{vendor="${vendor}"} 1`));
    const { code, stdout, stderr } = await serving.stop();
    expect({ code, stdout }).toEqual({ code: 0, stdout: '' });
    const lines = stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(
      `creditline serve: serving ${serving.origin}/metrics, reading nue, xovi, maileon every 5m from the sandbox (the examples of the bundled specs; no vendor is asked)`,
    );
    expect(lines.slice(1, 4).sort()).toEqual(['maileon: read 1 balance', 'nue: read 2 balances', 'xovi: read 2 balances']);
    expect(lines.slice(4)).toEqual(['creditline serve: stopped']);
    await expect(fetch(`${serving.origin}/healthz`)).rejects.toThrow();
  });

  it('stops on SIGTERM and on SIGINT: server closed, exit 0', async () => {
    const [term, int] = await Promise.all([
      serve(['--sandbox', '--listen', '127.0.0.1:0', '--vendor', 'xovi'], {}, { child: true }),
      serve(['--sandbox', '--listen', '127.0.0.1:0', '--vendor', 'xovi'], {}, { child: true }),
    ]);
    for (const serving of [term, int]) expect((await fetch(`${serving.origin}/healthz`)).status).toBe(200);
    const stopped = await Promise.all([term.stop('SIGTERM'), int.stop('SIGINT')]);
    for (const { code, stderr } of stopped) {
      expect(code).toBe(0);
      expect(stderr.endsWith('creditline serve: stopped\n')).toBe(true);
    }
    for (const serving of [term, int]) await expect(fetch(`${serving.origin}/healthz`)).rejects.toThrow();
  });

  it('takes the configuration of credits: variables, a _FILE variable, vendors not set up skipped with a line', async () => {
    const vendors = await useVendors();
    const serving = await serve(['--listen', '127.0.0.1:0', '--refresh', '90s'], vendors.env);
    await until(() => /maileon: read/.test(serving.log()) && /xovi: read/.test(serving.log()), 'both vendors read');
    expect(samples(await metrics(serving.origin), 'creditline_credits_available')).toEqual([
      'creditline_credits_available{vendor="xovi",account="XOVI account",name="",kind="credit"} 5280',
      'creditline_credits_available{vendor="xovi",account="XOVI account",name="monitored keywords",kind="quota"} 4736',
      'creditline_credits_available{vendor="maileon",account="newsletter account 12345",name="Spring (contingent 7)",kind="credit"} 990',
    ]);
    const lines = serving.log().split('\n');
    expect(lines.slice(0, 2)).toEqual([
      'skipped  nue: not set up (set NUE_API_KEY)',
      `creditline serve: serving ${serving.origin}/metrics, reading xovi, maileon every 90s`,
    ]);
    expect((await serving.stop()).code).toBe(0);
  });

  it('holds under many scrapes with no vendor call beyond one read per refresh, and stays up with a vendor down', async () => {
    const vendors = await useVendors();
    const started = Date.now();
    const serving = await serve(['--listen', '127.0.0.1:0', '--refresh', '1s'], vendors.env);
    const xoviMethods = ['getCreditstate', 'getKeywordLimits'] as const;
    let callsWhenDown: Record<XoviMethodName, number> | undefined;
    let scrapes = 0;
    // Scraped every 10 ms for 4 s at least; XOVI goes down once it has been read, and the scraping goes on until Maileon has been
    // read three times and XOVI asked while down (a loaded machine reads later, and may take longer than 4 s).
    const deadline = started + CHILD_TIMEOUT_MS / 2;
    while (
      Date.now() - started < 4_000 ||
      maileonCalls(vendors.maileon, CONTINGENTS_PATH) < 3 ||
      !callsWhenDown ||
      vendors.xovi.requests.length <= callsWhenDown.getCreditstate + callsWhenDown.getKeywordLimits
    ) {
      if (Date.now() > deadline)
        throw new Error(`timed out: ${scrapes} scrapes, Maileon asked ${vendors.maileon.requests.length} times, XOVI ${vendors.xovi.requests.length}`);
      if (!callsWhenDown && Date.now() - started > 1_500 && /\nxovi: read/.test(serving.log())) {
        vendors.state.xoviDown = true;
        callsWhenDown = {
          getCreditstate: xoviCalls(vendors.xovi, 'getCreditstate'),
          getKeywordLimits: xoviCalls(vendors.xovi, 'getKeywordLimits'),
          getXoviLimits: 0,
        };
      }
      expect((await fetch(`${serving.origin}/metrics`)).status).toBe(200);
      scrapes++;
      await sleep(10);
    }
    // The reads that can have started since `started`: one at once, then one a refresh (never sooner, however loaded the machine).
    const reads = Math.ceil((Date.now() - started) / 1_000) + 1;
    expect(scrapes).toBeGreaterThan(50);
    // One read asks Maileon for its contingents and its prepaid status, once each.
    for (const path of [CONTINGENTS_PATH, PREPAID_STATUS_PATH]) expect(maileonCalls(vendors.maileon, path)).toBeLessThanOrEqual(reads);
    // One read asks XOVI for its credit state and its keyword quota; to a 503, each is its call and the client's two retries.
    for (const method of xoviMethods) {
      expect(xoviCalls(vendors.xovi, method)).toBeGreaterThan(callsWhenDown?.[method] ?? 0);
      expect(xoviCalls(vendors.xovi, method)).toBeLessThanOrEqual((callsWhenDown?.[method] ?? 0) + 3 * reads);
    }
    expect(xoviCalls(vendors.xovi, 'getXoviLimits')).toBe(0);
    await until(async () => samples(await metrics(serving.origin), 'creditline_vendor_up').includes('creditline_vendor_up{vendor="xovi"} 0'), 'xovi down');
    const text = await metrics(serving.origin);
    expect(samples(text, 'creditline_vendor_stale')).toEqual(['creditline_vendor_stale{vendor="xovi"} 1', 'creditline_vendor_stale{vendor="maileon"} 0']);
    // XOVI's last good values, its credits and its quota, go on being served.
    expect(samples(text, 'creditline_credits_available').slice(0, 2)).toEqual([
      'creditline_credits_available{vendor="xovi",account="XOVI account",name="",kind="credit"} 5280',
      'creditline_credits_available{vendor="xovi",account="XOVI account",name="monitored keywords",kind="quota"} 4736',
    ]);
    expect(serving.log()).toMatch(/\nxovi: read failed, serving its credits read at \d{4}-\d\d-\d\dT[\d:.]+Z as stale: /);
    expect((await serving.stop()).code).toBe(0);
  });

  it('answers a scrape at once while a vendor takes longer than the refresh to answer', async () => {
    const vendors = await useVendors();
    vendors.state.maileonDelayMs = 2_500;
    const started = Date.now();
    const serving = await serve(['--listen', '127.0.0.1:0', '--refresh', '1s', '--vendor', 'maileon'], vendors.env);
    let slowest = 0;
    while (Date.now() - started < 3_500) {
      const before = Date.now();
      await metrics(serving.origin);
      slowest = Math.max(slowest, Date.now() - before);
      await sleep(50);
    }
    expect(slowest).toBeLessThan(1_000);
    // A read takes 2.5 s: the next starts when it ends, not a refresh after it started, so reads start 2.5 s apart at the most often.
    const reads = Math.floor((Date.now() - started) / 2_500) + 1;
    for (const path of [CONTINGENTS_PATH, PREPAID_STATUS_PATH]) expect(maileonCalls(vendors.maileon, path)).toBeLessThanOrEqual(reads);
    expect((await serving.stop()).code).toBe(0);
  });

  it('shows no credential in the metrics or the log, in any encoding, even where a vendor echoes it', async () => {
    const vendors = await useVendors({ maileonName: `Key ${MAILEON_KEY} / ${base64Utf8(MAILEON_KEY)} / ${encodeURIComponent(`${MAILEON_KEY}?`)}` });
    vendors.state.xoviDown = true;
    const serving = await serve(['--listen', '127.0.0.1:0'], vendors.env);
    await until(() => /maileon: read/.test(serving.log()) && /xovi: read failed/.test(serving.log()), 'both vendors read');
    const text = await metrics(serving.origin);
    expect(samples(text, 'creditline_credits_available')).toEqual([
      'creditline_credits_available{vendor="maileon",account="newsletter account 12345",name="Key *** / *** / ***%3F (contingent 7)",kind="credit"} 990',
    ]);
    const { stderr } = await serving.stop();
    const everything = `${text}${stderr}`;
    for (const form of [XOVI_KEY, MAILEON_KEY, base64Utf8(MAILEON_KEY), base64Utf8(XOVI_KEY)]) expect(everything).not.toContain(form);
  });
});

describe('creditline serve, its usage errors', () => {
  it('exits 2 naming what is wrong, before asking anything', async () => {
    const cases: Array<[string[], string]> = [
      [['serve', '--listen', '9464'], '--listen takes <host>:<port>, e.g. 127.0.0.1:9464, or 0.0.0.0:9464 to serve every network; got "9464"'],
      [['serve', '--listen', ':9464'], '--listen takes <host>:<port>, e.g. 127.0.0.1:9464, or 0.0.0.0:9464 to serve every network; got ":9464"'],
      [
        ['serve', '--listen', '127.0.0.1:65536'],
        '--listen takes <host>:<port>, e.g. 127.0.0.1:9464, or 0.0.0.0:9464 to serve every network; got "127.0.0.1:65536"',
      ],
      [['serve', '--listen', '::1:9464'], '--listen takes <host>:<port>, e.g. 127.0.0.1:9464, or 0.0.0.0:9464 to serve every network; got "::1:9464"'],
      [['serve', '--listen', 'host:port'], '--listen takes <host>:<port>, e.g. 127.0.0.1:9464, or 0.0.0.0:9464 to serve every network; got "host:port"'],
      [['serve', '--refresh', '5'], '--refresh takes a duration such as 5m, 90s or 1h, got "5"'],
      [['serve', '--refresh', '5 min'], '--refresh takes a duration such as 5m, 90s or 1h, got "5 min"'],
      [['serve', '--refresh', 'x5m'], '--refresh takes a duration such as 5m, 90s or 1h, got "x5m"'],
      [['serve', '--refresh', '5m5'], '--refresh takes a duration such as 5m, 90s or 1h, got "5m5"'],
      [['serve', '--refresh', '.5m'], '--refresh takes a duration such as 5m, 90s or 1h, got ".5m"'],
      [['serve', '--refresh', '999ms'], '--refresh must be at least 1s (every reading asks each vendor), got 999ms'],
      [['serve', '--refresh', ' 0.5s '], '--refresh must be at least 1s (every reading asks each vendor), got 0.5s'],
      [['serve', '--json'], '--json goes with `creditline credits`'],
      [['serve', '--format', 'openmetrics'], '--format goes with `creditline credits`'],
      [['serve', '--warn-below', '10%'], '--warn-below goes with `creditline credits`'],
      [['credits', '--listen', '127.0.0.1:9464'], '--listen goes with `creditline serve`'],
      [['credits', '--refresh', '5m'], '--refresh goes with `creditline serve`'],
      [['drift', 'a.jsonl', '--refresh', '5m'], '--refresh goes with `creditline serve`'],
      [['serve', 'now'], 'creditline serve takes no arguments, got 1'],
      [['serve'], 'no vendor is set up: set NUE_API_KEY, XOVI_API_KEY or MAILEON_API_KEY, or try --sandbox'],
      [['serve', '--sandbox', '--xovi-base-url', 'http://127.0.0.1:9'], '--sandbox answers for every vendor itself: leave out the --*-base-url options'],
      [['serve', '--vendor', 'acme'], '--vendor takes nue, xovi, maileon (comma-separated or repeated), got "acme"'],
    ];
    for (const [args, message] of cases) {
      expect({ args, ...(await run(args)) }).toEqual({ args, code: EXIT_CODES.usage, stdout: '', stderr: `creditline: ${message}\nSee creditline --help.\n` });
    }
  });

  it('exits 2 when it cannot listen on the address, having asked no vendor', async () => {
    const taken = await startServer(() => undefined);
    onTestFinished(() => taken.close());
    const xovi = await useServer((_request, response) => sendJson(response, 200, CREDIT_STATE_ANSWER));
    const address = new URL(taken.origin).host;
    expect(await run(['serve', '--vendor', 'xovi', '--listen', address], { XOVI_API_KEY: XOVI_KEY, XOVI_BASE_URL: xovi.origin })).toEqual({
      code: EXIT_CODES.usage,
      stdout: '',
      stderr: `creditline: --listen ${address}: cannot listen there (EADDRINUSE)\nSee creditline --help.\n`,
    });
    expect(xovi.requests).toHaveLength(0);
    const ipv6 = createServer();
    await new Promise<void>((resolve) => ipv6.listen(0, '::1', resolve));
    onTestFinished(() => new Promise<void>((resolve) => ipv6.close(() => resolve())));
    const { port } = ipv6.address() as AddressInfo;
    expect((await run(['serve', '--sandbox', '--listen', `[::1]:${port}`])).stderr).toBe(
      `creditline: --listen [::1]:${port}: cannot listen there (EADDRINUSE)\nSee creditline --help.\n`,
    );
  });

  it('ends at once, exit 0, when its stop signal is already given', async () => {
    let stderr = '';
    const code = await runCli(['serve', '--sandbox', '--vendor', 'xovi', '--listen', '127.0.0.1:0'], {
      env: {},
      stdout: { write: () => true },
      stderr: { write: (text: string) => (stderr += text) },
      stop: AbortSignal.abort(),
    });
    expect(code).toBe(0);
    expect(stderr).toMatch(
      /^creditline serve: serving http:\/\/127\.0\.0\.1:\d+\/metrics, reading xovi every 5m from the sandbox .*\ncreditline serve: stopped\n$/,
    );
  });

  it('reads --listen and --refresh, with loopback:9464 and five minutes by default', () => {
    const serveFlags = (args: string[]) => {
      const invocation = parseCommandLine(['serve', ...args]);
      if (invocation.command !== 'serve') throw new Error('not serve');
      return invocation.flags;
    };
    expect(serveFlags([])).toEqual({
      sandbox: false,
      vendors: undefined,
      nueCustomers: undefined,
      nuePools: undefined,
      maileonAccount: undefined,
      maileonStatus: undefined,
      baseUrls: {},
      listen: { host: '127.0.0.1', port: 9464 },
      refreshMs: 300_000,
    });
    expect(serveFlags(['--listen', ' 0.0.0.0:80 ', '--refresh', '1.5s', '--vendor', 'xovi', '--sandbox'])).toMatchObject({
      listen: { host: '0.0.0.0', port: 80 },
      refreshMs: 1_500,
      vendors: ['xovi'],
      sandbox: true,
    });
    expect(serveFlags(['--listen', '[::]:0', '--refresh', '2h'])).toMatchObject({ listen: { host: '::', port: 0 }, refreshMs: 7_200_000 });
    expect(serveFlags(['--listen', 'localhost:65535', '--refresh', '1000ms'])).toMatchObject({ listen: { host: 'localhost', port: 65_535 }, refreshMs: 1_000 });
    expect(serveFlags(['--refresh', '10m', '--nue-customer', 'c', '--nue-customer', 'd,e'])).toMatchObject({ refreshMs: 600_000, nueCustomers: ['c', 'd,e'] });
  });

  it('says a refresh in the largest unit that divides it', () => {
    expect([300_000, 3_600_000, 7_200_000, 90_000, 60_000, 1_000, 1_500].map(durationText)).toEqual(['5m', '1h', '2h', '90s', '1m', '1s', '1500ms']);
  });
});
