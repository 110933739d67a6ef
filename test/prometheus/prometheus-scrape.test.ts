// A real Prometheus (Debian's /usr/bin/prometheus) on 127.0.0.1 with a temporary data folder scrapes
// `creditline serve --sandbox` every second, with the example alert rules loaded: the sandbox's
// credits arrive with their labels, the target is healthy, the rules load, and the guide's
// queries (its Grafana forecast among them) run. Both processes are stopped at the end.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { CHILD_TIMEOUT_MS } from '../cli/run-creditline.js';
import { serve } from '../metrics/serving.js';
import { hasBinary, PROMETHEUS } from '../support/prometheus-tools.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const folder = mkdtempSync(path.join(tmpdir(), 'creditline-prometheus-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

interface Sample {
  metric: Record<string, string>;
  value: [number, string];
}

/** A port that was free a moment ago (Prometheus takes its address as a flag and says nothing of a port 0 it was given). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitFor<Value>(what: string, attempt: () => Promise<Value | undefined>): Promise<Value> {
  const deadline = Date.now() + CHILD_TIMEOUT_MS;
  for (;;) {
    const value = await attempt().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Prometheus scraping `target` every second, stopped (SIGTERM, then waited for) when the test finishes. */
async function startPrometheus(target: string): Promise<{ api: (query: string) => Promise<Sample[]>; origin: string; log: () => string }> {
  const config = path.join(folder, 'prometheus.yml');
  const rules = path.join(repoRoot, 'examples/prometheus/creditline-rules.yml');
  writeFileSync(
    config,
    `global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\nrule_files:\n  - ${JSON.stringify(rules)}\nscrape_configs:\n  - job_name: creditline\n    static_configs:\n      - targets: [${JSON.stringify(target)}]\n`,
  );
  const port = await freePort();
  const child: ChildProcess = spawn(
    PROMETHEUS,
    [`--config.file=${config}`, `--storage.tsdb.path=${path.join(folder, 'data')}`, `--web.listen-address=127.0.0.1:${port}`, '--log.level=warn'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
  const exited = new Promise((resolve) => child.on('close', resolve));
  onTestFinished(async () => {
    child.kill('SIGTERM');
    await exited;
  });
  const origin = `http://127.0.0.1:${port}`;
  await waitFor(`Prometheus to be ready (${log})`, async () => ((await fetch(`${origin}/-/ready`)).ok ? true : undefined));
  const api = async (query: string) => {
    const body = (await (await fetch(`${origin}/api/v1/query?${new URLSearchParams({ query })}`)).json()) as {
      status: string;
      data: { result: Sample[] };
      error?: string;
    };
    if (body.status !== 'success') throw new Error(`${query}: ${body.error}`);
    return body.data.result;
  };
  return { api, origin, log: () => log };
}

describe.skipIf(!hasBinary(PROMETHEUS))('Prometheus scraping creditline serve --sandbox', { timeout: 2 * CHILD_TIMEOUT_MS }, () => {
  it('gets every vendor’s credits with their labels, a healthy target, the example rules loaded, and answers the guide’s queries', async () => {
    const serving = await serve(['--sandbox', '--listen', '127.0.0.1:0', '--refresh', '5s']);
    const target = new URL(serving.origin).host;
    const prometheus = await startPrometheus(target);

    const available = await waitFor('the credits in Prometheus', async () => {
      const result = await prometheus.api('creditline_credits_available');
      return result.length === 5 ? result : undefined;
    });
    const key = (labels: Record<string, string>) => [labels.vendor, labels.account, labels.kind, labels.name ?? ''].join(' ');
    const series = available.map(({ metric, value }): Record<string, string> => ({ ...metric, value: value[1] })).sort((a, b) => key(a).localeCompare(key(b)));
    const common = { __name__: 'creditline_credits_available', job: 'creditline', instance: target };
    // The tenant's two customers (the spec's GraphQL Customer example), XOVI's credits and its keyword quota, Maileon's contingent.
    // An empty label is no label in Prometheus: XOVI's credits have no name.
    expect(series).toEqual([
      { ...common, vendor: 'maileon', account: 'newsletter account 12345', name: 'New Contingent 02.11.2017 (contingent 123)', kind: 'credit', value: '990' },
      { ...common, vendor: 'nue', account: 'customer 001Rk00001JT2i1YAA', name: 'API Calls 2025', kind: 'credit', value: '7999.5' },
      {
        ...common,
        vendor: 'nue',
        account: 'customer 7e0f6a52-1c5b-4f0e-9a53-0b6f4f2d8c11',
        name: 'API Calls 2025',
        kind: 'credit',
        value: '7999.5',
      },
      { ...common, vendor: 'xovi', account: 'XOVI account', kind: 'credit', value: '5280' },
      { ...common, vendor: 'xovi', account: 'XOVI account', name: 'monitored keywords', kind: 'quota', value: '4736' },
    ]);

    const up = await prometheus.api('creditline_vendor_up');
    expect(up.map(({ metric, value }) => `${metric.vendor} ${value[1]}`).sort()).toEqual(['maileon 1', 'nue 1', 'xovi 1']);
    const targets = (await (await fetch(`${prometheus.origin}/api/v1/targets`)).json()) as {
      data: { activeTargets: Array<{ health: string; lastError: string; labels: Record<string, string> }> };
    };
    expect(targets.data.activeTargets.map(({ health, lastError, labels }) => ({ health, lastError, instance: labels.instance }))).toEqual([
      { health: 'up', lastError: '', instance: target },
    ]);
    const rules = (await (await fetch(`${prometheus.origin}/api/v1/rules`)).json()) as {
      data: { groups: Array<{ rules: Array<{ name: string; health: string }> }> };
    };
    expect(rules.data.groups.flatMap((group) => group.rules.map(({ name, health }) => `${name} ${health}`))).toEqual(
      ['CreditlineCreditsLow', 'CreditlineCreditsRunOutSoon', 'CreditlineVendorDown', 'CreditlineReadingOld'].map((name) =>
        expect.stringMatching(new RegExp(`^${name} (ok|unknown)$`)),
      ),
    );

    // The queries of guides/metrics.md (the forecast for Grafana among them): valid PromQL, and each gets an answer.
    const guide = readFileSync(path.join(repoRoot, 'guides/metrics.md'), 'utf8');
    const queries = [...guide.matchAll(/^```promql\n([\s\S]*?)^```$/gm)].map((match) => (match[1] as string).replace(/^#.*\n/gm, '').trim());
    expect(queries).toHaveLength(3);
    for (const query of queries) await expect(prometheus.api(query)).resolves.toBeInstanceOf(Array);
    // predict_linear needs two samples of each series: a scrape a second brings them.
    await waitFor('a prediction for each balance', async () => ((await prometheus.api(queries[2] as string)).length === 5 ? true : undefined));

    expect(prometheus.log()).not.toMatch(/level=error/);
    expect((await serving.stop()).code).toBe(0);
  });
});
