// What one call costs: XOVI's credit state and a small page of Maileon contingents, made by
// creditline, by a bare openapi-fetch client of the same spec, by fetch alone and by axios, against
// a server that answers at once (loopback: only the clients' own work is left to see) and one that
// answers after 20 ms (what a user waits for from an API across a network).
// The clients take turns (take-turns.ts); the ratio to bare openapi-fetch is taken within each round.
import axios from 'axios';
import { createMaileonClient } from 'creditline/maileon';
import { createXoviClient } from 'creditline/xovi';
import createClient from 'openapi-fetch';
import type { paths as MaileonPaths, operations } from '../generated/maileon.js';
import type { paths as XoviPaths } from '../generated/xovi.js';
import { startServer } from './server.js';
import { ratio, section, spread, µs } from './table.js';
import { takeTurns } from './take-turns.js';

const KEY = 'bench-key';
const CREDIT_STATE = '/user/getCreditstate/{key}/{format}';
const CONTINGENTS = '/partner/settings/prepaids/contingents';
const query = { nl_account_id: 1, page_size: 10 };
type ContingentsQuery = operations['listContingents']['parameters']['query'];

// The part of creditline's work on a call that needs none of its code, done by bare openapi-fetch's
// fetch and nothing more: one timer per attempt joined with the caller's signal, and the 2xx body
// read before the call returns, from a copy of the stream (so that a body that breaks off can be retried).
const KEPT = 'openapi-fetch, its fetch with a timer and reading the 2xx body';
async function fetchWithTimerReadingBody(request: Request): Promise<Response> {
  const timer = new AbortController();
  const timeout = setTimeout(() => timer.abort(), 30_000);
  const response = await fetch(request, { signal: AbortSignal.any([request.signal, timer.signal]) }).finally(() => clearTimeout(timeout));
  if (response.ok) await response.clone().text();
  return response;
}

const tenthsOfMs = (milliseconds: number) => `${milliseconds.toFixed(1)} ms`;
const SERVERS = [
  { name: 'answers at once', latencyMs: 0, rounds: 20, callsPerRound: 100, formatTime: µs },
  { name: 'answers after 20 ms', latencyMs: 20, rounds: 10, callsPerRound: 10, formatTime: tenthsOfMs },
];
type ServerSetting = (typeof SERVERS)[number];

const rows: string[][] = [];
for (const setting of SERVERS) {
  const server = await startServer({ contingents: 10, latencyMs: setting.latencyMs });
  rows.push(...(await timeClients(server.origin, setting)));
  server.close();
}

async function timeClients(origin: string, { name, rounds, callsPerRound, formatTime }: ServerSetting): Promise<string[][]> {
  const xoviBase = `${origin}/api`;
  const bareXovi = createClient<XoviPaths>({ baseUrl: xoviBase });
  const keptXovi = createClient<XoviPaths>({ baseUrl: xoviBase, fetch: fetchWithTimerReadingBody });
  const xovi = createXoviClient({ apiKey: KEY, baseUrl: xoviBase });
  const bareMaileon = createClient<MaileonPaths>({ baseUrl: origin });
  const keptMaileon = createClient<MaileonPaths>({ baseUrl: origin, fetch: fetchWithTimerReadingBody });
  const maileon = createMaileonClient({ apiKey: KEY, baseUrl: origin });
  const xoviUrl = `${xoviBase}/user/getCreditstate/${KEY}/json`;
  const bareXoviParams = { params: { path: { key: KEY, format: 'json' as const } } };
  // The key is a security scheme of Maileon's spec, not a parameter: a bare client adds it by hand.
  const bareMaileonParams = { params: { query: { ...query, key: KEY } as ContingentsQuery } };
  const maileonUrl = `${origin}${CONTINGENTS}?nl_account_id=1&page_size=10&key=${KEY}`;

  // Each call returns the parsed body: checked once below, so that no client is timed failing.
  const calls: Record<string, [client: string, call: () => Promise<unknown>][]> = {
    XOVI: [
      ['bare openapi-fetch', async () => (await bareXovi.GET(CREDIT_STATE, bareXoviParams)).data],
      [KEPT, async () => (await keptXovi.GET(CREDIT_STATE, bareXoviParams)).data],
      ['creditline `xovi.GET`', async () => (await xovi.GET(CREDIT_STATE, { params: { path: { format: 'json' } } })).data],
      ['creditline `xovi.getCreditState()`', () => xovi.getCreditState()],
      ['fetch + `json()`', async () => (await fetch(xoviUrl)).json()],
      ['axios', async () => (await axios.get(xoviUrl)).data],
    ],
    'Maileon, a page of 10 contingents': [
      ['bare openapi-fetch', async () => (await bareMaileon.GET(CONTINGENTS, bareMaileonParams)).data],
      [KEPT, async () => (await keptMaileon.GET(CONTINGENTS, bareMaileonParams)).data],
      ['creditline `maileon.GET`', async () => (await maileon.GET(CONTINGENTS, { params: { query } })).data],
      ['fetch + `json()`', async () => (await fetch(maileonUrl)).json()],
      ['axios', async () => (await axios.get(maileonUrl)).data],
    ],
  };

  const rows: string[][] = [];
  for (const [api, clients] of Object.entries(calls)) {
    for (const [client, call] of clients) {
      const body = await call();
      if (body === undefined || (typeof body === 'object' && body !== null && 'error' in body)) throw new Error(`${api}, ${client}: no answer`);
    }
    const times = await takeTurns(
      clients.map(([, call]) => call),
      rounds,
      callsPerRound,
    );
    const bare = times[0]!;
    clients.forEach(([client], index) => {
      const perRound = times[index]!.map((time, round) => time / bare[round]!);
      rows.push([name, api, client, spread(times[index]!, formatTime), index === 0 ? '' : spread(perRound, ratio)]);
    });
  }
  return rows;
}

section(
  'One call',
  "A call against a server on 127.0.0.1 in its own process, which answers at once (only the clients' own work is left to see) or after 20 ms (an API across a network): " +
    `each client's median call in rounds of ${SERVERS.map((s) => `${s.callsPerRound} calls (${s.rounds} rounds, ${s.name})`).join(' and ')}, the clients taking turns; median (p25–p75) over the rounds. ` +
    "creditline's time above bare openapi-fetch is what it does for each call: a timer joined with the caller's signal, the forms the key takes in the URL noted so that errors can mask them, and reading a 2xx body within its attempt from a copy of the stream and checking that it is JSON (so that a body that breaks off is one more failed attempt, retried, and one that is not JSON a typed error, rather than bare errors after the call returned). " +
    `"${KEPT}" is bare openapi-fetch with a fetch that does the timer (joined by \`AbortSignal.any\`) and the body read, and nothing else: what those two cost by themselves.`,
  ['server', 'API', 'client', 'time per call', 'ratio to bare openapi-fetch'],
  rows,
);
