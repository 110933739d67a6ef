// The exporter over HTTP on 127.0.0.1, with a scripted read in place of the vendors: what each path
// and method answers, the format by the Accept header, at most one read per refresh however often
// it is scraped, scrapes that never wait on a read, a failed vendor's credits kept and marked
// stale, the log, and a close that stops everything.
import { describe, expect, it, onTestFinished } from 'vitest';
import type { CreditBalance, CreditVendor } from '../../src/balances/credit-balance.js';
import type { CreditBalanceReport, ReadCreditBalancesOptions } from '../../src/balances/read-credit-balances.js';
import { Redactor } from '../../src/core/redaction/redactor.js';
import { type ExporterOptions, hostInUrl, startExporter } from '../../src/metrics/exporter.js';
import { startServer } from '../support/http-server.js';

type Parts = Partial<Record<CreditVendor, CreditBalanceReport>>;

function balance(vendor: CreditVendor, name: string, available: number): CreditBalance {
  return {
    vendor,
    kind: 'credit',
    account: 'acct',
    name,
    available,
    used: undefined,
    granted: undefined,
    renewsOrExpiresAt: undefined,
    status: undefined,
    source: undefined,
  };
}

const good = (vendor: CreditVendor, available: number, warnings = 0): CreditBalanceReport => ({
  balances: [balance(vendor, 'Pool', available)],
  failures: [],
  warnings: Array.from({ length: warnings }, () => ({ vendor })),
});
const failed = (vendor: CreditVendor, message: string): CreditBalanceReport => ({
  balances: [],
  failures: [{ vendor, error: new Error(message) }],
  warnings: [],
});

/** A read that answers the n-th call (from 1) with `answer(n)`, each vendor's part through onVendor, recording the calls. */
function scriptedRead(answer: (call: number, options: ReadCreditBalancesOptions) => Parts | Promise<Parts>) {
  const calls: Array<{ options: ReadCreditBalancesOptions; at: number }> = [];
  let running = 0;
  let mostAtOnce = 0;
  const read = async (options: ReadCreditBalancesOptions): Promise<CreditBalanceReport> => {
    calls.push({ options, at: Date.now() });
    mostAtOnce = Math.max(mostAtOnce, ++running);
    try {
      const parts = await answer(calls.length, options);
      for (const [vendor, part] of Object.entries(parts)) options.onVendor?.(vendor as CreditVendor, part, 7);
      return { balances: [], failures: [], warnings: [] };
    } finally {
      running--;
    }
  };
  return { read, calls, mostAtOnce: () => mostAtOnce };
}

async function useExporter(read: ExporterOptions['read'], refreshMs = 60_000) {
  const log: string[] = [];
  const exporter = await startExporter({
    read,
    refreshMs,
    host: '127.0.0.1',
    port: 0,
    version: '9.9.9',
    redactor: new Redactor(),
    log: (line) => log.push(line),
  });
  onTestFinished(() => exporter.close());
  return { ...exporter, log };
}

async function scrape(origin: string, path = '/metrics', init: RequestInit = {}) {
  const response = await fetch(`${origin}${path}`, init);
  return { status: response.status, type: response.headers.get('content-type'), allow: response.headers.get('allow'), text: await response.text() };
}

/** The samples of one family, without the build. */
const samplesOf = (text: string, family: string) => text.split('\n').filter((line) => line.startsWith(`${family}{`));

async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function deferred<Value>() {
  let resolve: (value: Value) => void = () => undefined;
  const promise = new Promise<Value>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

describe('the exporter', () => {
  it('serves the build alone until the first read has answered, then its credits; a scrape never waits on the read', async () => {
    const answered = deferred<Parts>();
    const { read, calls } = scriptedRead(() => answered.promise);
    const exporter = await useExporter(read);
    const before = await scrape(exporter.origin);
    expect(before.status).toBe(200);
    expect(before.text.split('\n').filter((line) => line && !line.startsWith('#'))).toEqual(['creditline_build_info{version="9.9.9"} 1']);
    expect(calls).toHaveLength(1);
    answered.resolve({ nue: good('nue', 42) });
    await until(async () => samplesOf((await scrape(exporter.origin)).text, 'creditline_credits_available').length === 1, 'the credits');
    expect(samplesOf((await scrape(exporter.origin)).text, 'creditline_credits_available')).toEqual([
      'creditline_credits_available{vendor="nue",account="acct",name="Pool",kind="credit"} 42',
    ]);
    expect(exporter.log).toEqual(['nue: read 1 balance']);
  });

  it('answers OpenMetrics to a client that asks for it, as Prometheus does, and the text format 0.0.4 to any other', async () => {
    const { read } = scriptedRead(() => ({ xovi: good('xovi', 5) }));
    const exporter = await useExporter(read);
    const prometheusAccept =
      'application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1';
    const [openMetrics, plain, anything] = await Promise.all([
      scrape(exporter.origin, '/metrics', { headers: { accept: prometheusAccept } }),
      scrape(exporter.origin, '/metrics', { headers: { accept: 'text/plain' } }),
      scrape(exporter.origin, '/metrics?debug=1', { headers: { accept: '*/*' } }),
    ]);
    for (const answer of [openMetrics, await scrape(exporter.origin, '/metrics', { headers: { accept: 'Application/OpenMetrics-Text' } })]) {
      expect(answer.type).toBe('application/openmetrics-text; version=1.0.0; charset=utf-8');
      expect(answer.text.endsWith('# EOF\n')).toBe(true);
    }
    for (const answer of [plain, anything]) {
      expect(answer.type).toBe('text/plain; version=0.0.4; charset=utf-8');
      expect(answer.text).not.toContain('# EOF');
      expect(answer.text).toContain('\n\n# HELP creditline_vendor_up ');
    }
  });

  it('answers /healthz, 404 on any other path, 405 naming GET and HEAD to other methods, and headers alone to HEAD', async () => {
    const { read } = scriptedRead(() => ({}));
    const { origin } = await useExporter(read);
    expect(await scrape(origin, '/healthz')).toEqual({ status: 200, type: 'text/plain; charset=utf-8', allow: null, text: 'ok\n' });
    for (const path of ['/', '/metrics/', '/metric', '/healthz/x']) {
      expect(await scrape(origin, path)).toEqual({
        status: 404,
        type: 'text/plain; charset=utf-8',
        allow: null,
        text: 'Not Found: creditline serves /metrics and /healthz\n',
      });
    }
    expect(await scrape(origin, '/nowhere', { method: 'POST', body: 'x' })).toMatchObject({ status: 404 });
    for (const [path, method] of [
      ['/metrics', 'POST'],
      ['/metrics', 'PUT'],
      ['/healthz', 'DELETE'],
    ] as const) {
      expect(await scrape(origin, path, { method, body: method === 'DELETE' ? null : 'x' })).toEqual({
        status: 405,
        type: 'text/plain; charset=utf-8',
        allow: 'GET, HEAD',
        text: `Method Not Allowed: ${path} answers GET and HEAD\n`,
      });
    }
    const head = await scrape(origin, '/metrics', { method: 'HEAD' });
    expect(head).toEqual({ status: 200, type: 'text/plain; version=0.0.4; charset=utf-8', allow: null, text: '' });
  });

  it('reads at most once per refresh, however often it is scraped', async () => {
    const { read, calls } = scriptedRead((call) => ({ nue: good('nue', 1000 - call) }));
    const refreshMs = 200;
    const exporter = await useExporter(read, refreshMs);
    const started = Date.now();
    let scrapes = 0;
    while (Date.now() - started < 1_000) {
      expect((await scrape(exporter.origin)).status).toBe(200);
      scrapes++;
    }
    const elapsed = Date.now() - started;
    expect(scrapes).toBeGreaterThan(20);
    expect(calls.length).toBeGreaterThanOrEqual(3);
    expect(calls.length).toBeLessThanOrEqual(Math.ceil(elapsed / refreshMs) + 1);
    for (let i = 1; i < calls.length; i++) expect((calls[i]?.at ?? 0) - (calls[i - 1]?.at ?? 0)).toBeGreaterThanOrEqual(refreshMs - 5);
  });

  it('starts the next read right after one that took longer than the refresh, never two at once', async () => {
    const { read, calls, mostAtOnce } = scriptedRead(async () => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      return { xovi: good('xovi', 1) };
    });
    await useExporter(read, 300);
    await until(() => calls.length >= 4, 'four reads');
    expect(mostAtOnce()).toBe(1);
    // Waiting a refresh after the end of the read would make the gap 800 ms.
    for (let i = 1; i < calls.length; i++) {
      const gap = (calls[i]?.at ?? 0) - (calls[i - 1]?.at ?? 0);
      expect(gap).toBeGreaterThanOrEqual(495);
      expect(gap).toBeLessThan(750);
    }
  });

  it('keeps a failed vendor up to date as down with its last credits marked stale, and logs the failure and the recovery', async () => {
    const script: Parts[] = [
      { nue: good('nue', 50), xovi: failed('xovi', 'XOVI is away') },
      { nue: failed('nue', '503 from Nue'), xovi: good('xovi', 7, 2) },
      { nue: good('nue', 40, 1), xovi: good('xovi', 6) },
    ];
    // Read n waits for the test to let it answer, so that each state can be scraped before the next read.
    const gates = script.map(() => deferred<void>());
    const { read, calls } = scriptedRead(async (call) => {
      await gates[call - 1]?.promise;
      return script[Math.min(call, script.length) - 1] as Parts;
    });
    const exporter = await useExporter(read, 100);
    const metricsAfter = async (call: number) => {
      gates[call - 1]?.resolve();
      await until(() => calls.length > call, `read ${call + 1}`); // the next read starts once read n is rendered
      return (await scrape(exporter.origin)).text;
    };

    const first = await metricsAfter(1);
    expect(samplesOf(first, 'creditline_vendor_up')).toEqual(['creditline_vendor_up{vendor="nue"} 1', 'creditline_vendor_up{vendor="xovi"} 0']);
    expect(samplesOf(first, 'creditline_credits_available')).toEqual([
      'creditline_credits_available{vendor="nue",account="acct",name="Pool",kind="credit"} 50',
    ]);

    const second = await metricsAfter(2);
    expect(samplesOf(second, 'creditline_vendor_up')).toEqual(['creditline_vendor_up{vendor="nue"} 0', 'creditline_vendor_up{vendor="xovi"} 1']);
    expect(samplesOf(second, 'creditline_vendor_stale')).toEqual(['creditline_vendor_stale{vendor="nue"} 1', 'creditline_vendor_stale{vendor="xovi"} 0']);
    expect(samplesOf(second, 'creditline_credits_available')).toEqual([
      'creditline_credits_available{vendor="nue",account="acct",name="Pool",kind="credit"} 50',
      'creditline_credits_available{vendor="xovi",account="acct",name="Pool",kind="credit"} 7',
    ]);
    const [nueReadAt] = samplesOf(first, 'creditline_last_read_timestamp_seconds');
    expect(samplesOf(second, 'creditline_last_read_timestamp_seconds')[0]).toBe(nueReadAt);

    const third = await metricsAfter(3);
    expect(samplesOf(third, 'creditline_vendor_stale')).toEqual(['creditline_vendor_stale{vendor="nue"} 0', 'creditline_vendor_stale{vendor="xovi"} 0']);
    expect(samplesOf(third, 'creditline_credits_available')[0]).toBe('creditline_credits_available{vendor="nue",account="acct",name="Pool",kind="credit"} 40');

    const readAt = new Date(Number(nueReadAt?.split(' ')[1]) * 1000).toISOString();
    expect(exporter.log.slice(0, 5)).toEqual([
      'nue: read 1 balance',
      'xovi: read failed: Error: XOVI is away',
      `nue: read failed, serving its credits read at ${readAt} as stale: Error: 503 from Nue`,
      'xovi: read 1 balance (2 warnings) again',
      'nue: read 1 balance (1 warning) again',
    ]);
    // Steady reads say nothing more.
    await until(() => calls.length >= 6, 'more reads');
    expect(exporter.log).toHaveLength(5);
  });

  it('counts balances in the log: none, one, several', async () => {
    const { read } = scriptedRead(() => ({
      nue: { balances: [balance('nue', 'A', 1), balance('nue', 'B', 2)], failures: [], warnings: [] },
      xovi: { balances: [], failures: [], warnings: [] },
    }));
    const exporter = await useExporter(read);
    await until(() => exporter.log.length === 2, 'two lines');
    expect(exporter.log).toEqual(['nue: read 2 balances', 'xovi: read 0 balances']);
  });

  it('logs a read that throws (a bug) and goes on reading at the next refresh', async () => {
    const { read, calls } = scriptedRead((call) => {
      if (call === 1) throw new TypeError('boom');
      return { maileon: good('maileon', 3) };
    });
    const exporter = await useExporter(read, 100);
    await until(async () => samplesOf((await scrape(exporter.origin)).text, 'creditline_credits_available').length === 1, 'the second read');
    expect(calls.length).toBeGreaterThanOrEqual(2);
    expect(exporter.log.slice(0, 2)).toEqual([
      'the reading failed (a bug in creditline), trying again in the next refresh: TypeError: boom',
      'maileon: read 1 balance',
    ]);
  });

  it('close() aborts the read under way without logging it as a vendor failure, stops reading and closes the port', async () => {
    const { read, calls } = scriptedRead(
      (_call, options) =>
        new Promise<Parts>((resolve) =>
          options.signal?.addEventListener('abort', () => resolve({ nue: failed('nue', 'AbortError: aborted') }), { once: true }),
        ),
    );
    const exporter = await useExporter(read, 50);
    expect(calls).toHaveLength(1);
    const closing = exporter.close();
    expect(exporter.close()).toBe(closing);
    await closing;
    expect(calls[0]?.options.signal?.aborted).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(calls).toHaveLength(1);
    expect(exporter.log).toEqual([]);
    await expect(fetch(`${exporter.origin}/metrics`)).rejects.toThrow();
  });

  it('close() clears the timer between two reads', async () => {
    const { read, calls } = scriptedRead(() => ({ nue: good('nue', 1) }));
    const exporter = await useExporter(read, 150);
    await until(() => exporter.log.length === 1, 'the first read');
    await exporter.close();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(calls).toHaveLength(1);
  });

  it('rejects with the server’s error when it cannot listen, before asking any vendor', async () => {
    const taken = await startServer(() => undefined);
    onTestFinished(() => taken.close());
    const { read, calls } = scriptedRead(() => ({}));
    const port = Number(new URL(taken.origin).port);
    const error = await startExporter({ read, refreshMs: 1000, host: '127.0.0.1', port, version: '1', redactor: new Redactor(), log: () => undefined }).catch(
      (caught: NodeJS.ErrnoException) => caught,
    );
    expect((error as NodeJS.ErrnoException).code).toBe('EADDRINUSE');
    expect(calls).toHaveLength(0);
  });

  it('listens on IPv6 with the address in brackets', async () => {
    const { read } = scriptedRead(() => ({}));
    const exporter = await startExporter({ read, refreshMs: 60_000, host: '::1', port: 0, version: '1', redactor: new Redactor(), log: () => undefined });
    onTestFinished(() => exporter.close());
    expect(exporter.origin).toMatch(/^http:\/\/\[::1\]:\d+$/);
    expect((await scrape(exporter.origin, '/healthz')).text).toBe('ok\n');
    expect(hostInUrl('127.0.0.1')).toBe('127.0.0.1');
    expect(hostInUrl('localhost')).toBe('localhost');
  });
});
