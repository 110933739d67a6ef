// The benchmark: every client doing the same GET, in one run, in two settings.
// 1. Over HTTP: a local server in its own process (keep-alive) answers a small JSON document;
//    each client's time per request as a ratio to raw fetch.
// 2. In memory: the same clients with a `fetch` that answers at once, so that only the client's
//    own work is left; the overhead each adds over a bare `fetch` + `json()`, in µs.
// `--write` puts both tables, the machine and the command into BENCHMARKS.md.
//   npm run bench [-- --time 9000] [-- --write]
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import axios from 'axios';
import createClient from 'openapi-fetch';
import type { paths } from '../generated/xovi.js';
import { keepMarkedSections } from '../scripts/bundle-size/benchmarks-section.js';
import { repoRoot } from '../scripts/openapi/redocly-apis.js';
import { createNueClient } from '../src/nue/index.js';
import { createXoviClient } from '../src/xovi/index.js';
import { CREDIT_STATE_ANSWER } from '../test/support/xovi-credit-state.js';
import { type Contender, type Measurement, measure } from './measure.js';
import { benchmarksPage } from './page.js';

const args = process.argv.slice(2);
const timeMs = Number(args[args.indexOf('--time') + 1]) || 9000;
const write = args.includes('--write');
const ROUNDS = 15;
const KEY = 'bench-key-0000';
const CREDIT_STATE = '/user/getCreditstate/{key}/{format}';
const NUE_CREDIT_STATS = '/customers/{customerId}/credit-stats';
const nueStats = { params: { path: { customerId: 'c-1' }, query: { accountPoolIds: ['pool-1'] } } };
const nueAuth = { bearerToken: 'bench-token', apiAccessKey: 'bench-access-key' };

type Fetch = typeof globalThis.fetch;

/** The same clients over any origin and fetch; `raw` is the plain fetch + json() baseline. */
function contenders(origin: string, fetch: Fetch, inMemory: boolean): Contender[] {
  const baseUrl = `${origin}/api`;
  const url = `${baseUrl}/user/getCreditstate/${KEY}/json`;
  const bare = createClient<paths>({ baseUrl, fetch });
  const xovi = createXoviClient({ apiKey: KEY, baseUrl, fetch });
  const nue = createNueClient({ baseUrl: origin, fetch, auth: nueAuth });
  const xoviWithoutTimeout = createXoviClient({ apiKey: KEY, baseUrl, fetch, timeout: { attemptMs: 0 } });
  const axiosClient = axios.create({ baseURL: baseUrl });
  return [
    ['raw fetch', async () => (await fetch(url)).json()],
    ['bare openapi-fetch', () => bare.GET(CREDIT_STATE, { params: { path: { key: KEY, format: 'json' } } })],
    ['creditline xovi.GET', () => xovi.GET(CREDIT_STATE, { params: { path: { format: 'json' } } })],
    ['creditline xovi.getCreditState()', () => xovi.getCreditState()],
    // axios takes no fetch, so it cannot run in memory; the timeout row shows what the
    // per-attempt AbortController costs, which only the in-memory setting can resolve.
    inMemory
      ? ['creditline xovi.GET, attemptMs: 0', () => xoviWithoutTimeout.GET(CREDIT_STATE, { params: { path: { format: 'json' } } })]
      : ['axios', () => axiosClient.get(`/user/getCreditstate/${KEY}/json`)],
    ['creditline nue.GET, bearer auth', () => nue.GET(NUE_CREDIT_STATS, nueStats)],
  ];
}

const creditState = JSON.stringify(CREDIT_STATE_ANSWER);
const inMemoryFetch: Fetch = async () => new Response(creditState, { status: 200, headers: { 'content-type': 'application/json' } });

const server = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'bench/server.ts')], { stdio: ['ignore', 'pipe', 'inherit'] });
const origin = await new Promise<string>((resolve, reject) => {
  server.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
  server.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
});

try {
  const overHttp = await measure(contenders(origin, globalThis.fetch, false), timeMs, ROUNDS);
  const inMemory = await measure(contenders('http://in-memory', inMemoryFetch, true), timeMs, ROUNDS);
  const machine = `Node ${process.version}, ${cpus().length}× ${cpus()[0]?.model ?? 'cpu'}, ${timeMs} ms per client and setting, ${ROUNDS} rounds`;
  const tables = { overHttp: httpTable(overHttp), inMemory: overheadTable(inMemory) };
  console.log(`${machine}\n\nOver HTTP\n${tables.overHttp}\n\nIn memory\n${tables.inMemory}`);
  if (write) {
    // The bundle-size section at the end belongs to `npm run size -- --write`: kept as it is.
    const file = path.join(repoRoot, 'BENCHMARKS.md');
    const page = benchmarksPage({ command: `npm run bench -- --time ${timeMs} --write`, machine, rounds: ROUNDS, ...tables });
    writeFileSync(file, keepMarkedSections(page, readFileSync(file, 'utf8')));
  }
} finally {
  server.kill('SIGTERM');
}

function httpTable(rows: Measurement[]): string {
  const raw = rows[0]!.medianMs;
  const bare = rows[1]!.medianMs;
  return table(
    ['client', 'time per request', 'spread (IQR) of rounds', 'requests', 'vs raw fetch', 'vs bare openapi-fetch'],
    rows.map((r) => [r.name, µs(r.medianMs), percent(r.spread), String(r.calls), ratio(r.medianMs / raw), ratio(r.medianMs / bare)]),
  );
}

function overheadTable(rows: Measurement[]): string {
  const raw = rows[0]!.medianMs;
  const bare = rows[1]!.medianMs;
  return table(
    ['client', 'time per call', 'spread (IQR) of rounds', 'calls', 'added to fetch + json()', 'added to bare openapi-fetch'],
    rows.map((r) => [r.name, µs(r.medianMs), percent(r.spread), String(r.calls), µs(r.medianMs - raw), r === rows[0] ? '' : µs(r.medianMs - bare)]),
  );
}

function table(head: string[], rows: string[][]): string {
  return [head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

function µs(ms: number): string {
  return `${(ms * 1000).toFixed(1)} µs`;
}

function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(0)}%`;
}

function ratio(value: number): string {
  return `${value.toFixed(2)}×`;
}
