// What `creditline/validate` adds to a call: the same GET over loopback with and without
// `withValidation`, for XOVI's small credit state and a Maileon page of 100 contingents (the check
// grows with the body), taking turns (take-turns.ts). In 'throw' mode, so that an answer that did
// not fit the spec would fail the benchmark instead of being timed. The first validated call of
// each API also loads that API's spec and compiles the operation's schema: timed on its own.
import { createMaileonClient } from 'creditline/maileon';
import { withValidation } from 'creditline/validate';
import { createXoviClient } from 'creditline/xovi';
import { startServer } from './server.js';
import { ms, section, spread, µs } from './table.js';
import { takeTurns } from './take-turns.js';

const ROUNDS = 20;
const CALLS_PER_ROUND = 100;
const server = await startServer({ contingents: 100 });
const options = { apiKey: 'bench-key', baseUrl: server.origin };
const xovi = () => createXoviClient({ ...options, baseUrl: `${server.origin}/api` });
const maileon = () => createMaileonClient(options);
const creditState = (client: ReturnType<typeof xovi>) => client.GET('/user/getCreditstate/{key}/{format}', { params: { path: { format: 'json' } } });
const contingents = (client: ReturnType<typeof maileon>) =>
  client.GET('/partner/settings/prepaids/contingents', { params: { query: { nl_account_id: 1, page_size: 100 } } });
const xoviPlain = xovi();
const xoviValidated = withValidation(xovi(), 'xovi', { responses: 'throw' });
const maileonPlain = maileon();
const maileonValidated = withValidation(maileon(), 'maileon', { responses: 'throw' });

const rows: string[][] = [];
for (const [call, plain, validated] of [
  ['XOVI credit state', () => creditState(xoviPlain), () => creditState(xoviValidated)],
  ['Maileon, a page of 100 contingents', () => contingents(maileonPlain), () => contingents(maileonValidated)],
] as const) {
  const started = performance.now();
  await validated();
  const firstCall = performance.now() - started;
  const [plainTimes, validatedTimes] = await takeTurns([plain, validated], ROUNDS, CALLS_PER_ROUND);
  const added = validatedTimes!.map((time, round) => time - plainTimes![round]!);
  rows.push([call, spread(plainTimes!, µs), spread(validatedTimes!, µs), spread(added, µs), ms(firstCall)]);
}
server.close();

section(
  'Validation (`creditline/validate`)',
  `A GET over loopback without and with \`withValidation(client, api, { responses: 'throw' })\`, each call's median in rounds of ${CALLS_PER_ROUND} calls each, median (p25–p75) over ${ROUNDS} rounds; ` +
    'The first validated call of an API also loads its spec and compiles the schema; the first of a process (XOVI here) also warms up Ajv.',
  ['call', 'plain', 'validated', 'added per call', 'first validated call'],
  rows,
);
