// A measuring process of the per-call tables, started by `npm run bench` (run.ts) under plain Node
// (harness/worker-build.ts): every client of harness/contenders.ts makes its GET in rounds
// (harness/rounds.ts), either in memory, with a fetch that answers at once with a fresh Response,
// so that only the clients' own work is left, or over loopback against answer-server.ts.
//   node --expose-gc .tmp/bench/calls.mjs --setting memory|loopback [--origin <url>] --rounds N --round-ms M --warmup-ms W --calls-per-sample C
import { parseArgs } from 'node:util';
import { maileonAnswer, nueAnswer, xoviAnswer } from './harness/answers.js';
import { builtEntryOf } from './harness/built-package.js';
import { contenders, type Fetch } from './harness/contenders.js';
import { type ClientTimes, emit } from './harness/results.js';
import { timeInRounds } from './harness/rounds.js';
import { quartiles } from './harness/stats.js';

const { values } = parseArgs({
  options: {
    setting: { type: 'string' },
    origin: { type: 'string' },
    rounds: { type: 'string' },
    'round-ms': { type: 'string' },
    'warmup-ms': { type: 'string' },
    'calls-per-sample': { type: 'string' },
  },
});
const setting = values.setting === 'loopback' ? 'loopback' : 'memory';
if (setting === 'loopback' && !values.origin) throw new Error('calls: --setting loopback needs --origin');
const origin = values.origin ?? 'http://in-memory';

const answering =
  (body: string): Fetch =>
  async () =>
    new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
const fetches = setting === 'memory' ? { XOVI: answering(xoviAnswer), Maileon: answering(maileonAnswer), Nue: answering(nueAnswer) } : undefined;
// axios takes no fetch: it can only be measured over loopback.
const clients = contenders(origin, fetches, setting === 'loopback');
for (const client of clients) checkAnswered(client.name, await client.run());

const times = await timeInRounds(clients, {
  rounds: Number(values.rounds),
  roundMs: Number(values['round-ms']),
  warmupMs: Number(values['warmup-ms']),
  callsPerSample: Number(values['calls-per-sample']),
});
const server = setting === 'loopback' ? ((await (await fetch(`${origin}/__stats`)).json()) as { connections: number; requests: number }) : {};
emit({
  setting,
  node: process.version,
  resolvedFrom: builtEntryOf('xovi'),
  clients: clients.map(({ name, api, baseline, scale }, i): ClientTimes => {
    const { samples, roundMedians, calls } = times[i]!;
    return { name, api, baseline: baseline === true, scale: scale === true, ...quartiles(samples), roundMedians, calls };
  }),
  ...server,
});

/** A client that got an error instead of the answer would be timed doing something else. */
function checkAnswered(name: string, result: unknown): void {
  const answer = result as { response?: Response; data?: unknown; status?: number } | undefined;
  const ok = answer?.response ? answer.response.ok && answer.data !== undefined : answer?.status === undefined || answer.status === 200;
  if (!ok || result === undefined) throw new Error(`${name} did not get the benchmark's answer`);
}
