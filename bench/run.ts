// One run, four clients, the same request: GET the XOVI credit state from a local server
// (keep-alive, separate process) and parse the JSON. Reports each client's mean time per
// request and its ratio to raw fetch. Usage: npm run bench [-- --time 3000] [-- --write]
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import axios from 'axios';
import createClient from 'openapi-fetch';
import { Bench } from 'tinybench';
import type { paths } from '../generated/xovi.js';
import { createXoviClient } from '../src/xovi/index.js';
import { repoRoot } from '../scripts/lib/apis.js';

const args = process.argv.slice(2);
const timeMs = Number(args[args.indexOf('--time') + 1]) || 3000;
const write = args.includes('--write');
const KEY = 'bench-key-0000';

const server = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'bench/server.ts')], { stdio: ['ignore', 'pipe', 'inherit'] });
const origin = await new Promise<string>((resolve, reject) => {
  server.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
  server.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
});

try {
  const baseUrl = `${origin}/api`;
  const url = `${baseUrl}/user/getCreditstate/${KEY}/json`;
  const bare = createClient<paths>({ baseUrl });
  const xovi = createXoviClient({ apiKey: KEY, baseUrl });
  const axiosClient = axios.create({ baseURL: baseUrl });

  const bench = new Bench({ time: timeMs, warmupTime: 500 });
  bench
    .add('raw fetch', async () => {
      const response = await fetch(url);
      await response.json();
    })
    .add('bare openapi-fetch', async () => {
      await bare.GET('/user/getCreditstate/{key}/{format}', { params: { path: { key: KEY, format: 'json' } } });
    })
    .add('creditline client.GET', async () => {
      await xovi.client.GET('/user/getCreditstate/{key}/{format}', { params: { path: { format: 'json' } } });
    })
    .add('creditline getCreditState()', async () => {
      await xovi.getCreditState();
    })
    .add('axios', async () => {
      await axiosClient.get(`/user/getCreditstate/${KEY}/json`);
    });
  await bench.run();

  const rawMean = meanMs(bench.tasks[0]);
  const rows = bench.tasks.map((task) => {
    const mean = meanMs(task);
    const rme = task.result && 'latency' in task.result ? task.result.latency.rme : Number.NaN;
    const samples = task.result && 'latency' in task.result ? task.result.latency.samples.length : 0;
    return `| ${task.name} | ${(mean * 1000).toFixed(1)} µs | ±${rme.toFixed(1)}% | ${samples} | ${(mean / rawMean).toFixed(2)}× |`;
  });
  const table = ['| client | mean per request | rme | samples | vs raw fetch |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
  const machine = `Node ${process.version}, ${cpus().length}× ${cpus()[0]?.model ?? 'cpu'}, ${timeMs} ms per client`;
  console.log(`${machine}\n\n${table}`);
  if (write) writeFileSync(path.join(repoRoot, 'bench/last-run.md'), `${machine}\n\n${table}\n`);
} finally {
  server.kill('SIGTERM');
}

function meanMs(task: Bench['tasks'][number] | undefined): number {
  const result = task?.result;
  if (!result || !('latency' in result)) throw new Error(`benchmark ${task?.name ?? '?'} produced no result`);
  return result.latency.mean;
}
