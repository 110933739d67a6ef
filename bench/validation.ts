// What creditline/validate costs per call: the same typed GET with and without `withValidation`,
// with a `fetch` that answers at once from memory, so that only the clients' own work is
// measured. Three answers: XOVI's small credit state, Nue's credit stats, and a Maileon page of
// 100 contingents (validation grows with the body). Also the first validated call of each API
// in the process, which loads the spec and compiles the operation's schema.
// `--write` puts the tables and the command into their section of BENCHMARKS.md.
//   npm run bench:validation [-- --time 3000] [-- --write]
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { repoRoot } from '../scripts/openapi/redocly-apis.js';
import { createMaileonClient } from '../src/maileon/index.js';
import { createNueClient } from '../src/nue/index.js';
import { withValidation } from '../src/validate/index.js';
import { createXoviClient } from '../src/xovi/index.js';
import { contingent } from '../test/maileon/fake-maileon.js';
import { CREDIT_STATE_ANSWER } from '../test/support/xovi-credit-state.js';
import { type Contender, measure } from './measure.js';

const args = process.argv.slice(2);
const timeMs = Number(args[args.indexOf('--time') + 1]) || 3000;
const ROUNDS = 10;
const START = '<!-- validation: written by `npm run bench:validation -- --write` -->';
const END = '<!-- /validation -->';

const CREDIT_STATE = '/user/getCreditstate/{key}/{format}';
const CREDIT_STATS = '/customers/{customerId}/credit-stats';
const CONTINGENTS = '/partner/settings/prepaids/contingents';
const creditStats = {
  status: 'success',
  data: {
    accountCreditPoolStats: { 'pool-1': { creditPool: ['API Calls'], totalGrantCredits: 1000, consumedCredits: 280, totalBalance: 720 } },
    summary: { accountBalance: 720, creditPool: ['API Calls'], totalGrantCredits: 1000, expiredCredits: 0, consumedCredits: 280, totalBalance: 720 },
  },
};
const contingents = Array.from({ length: 100 }, (_, i) => contingent(i + 1));

/** A fetch that answers every request with a fresh Response of `body`. */
const answering =
  (body: unknown): typeof fetch =>
  async () =>
    new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

const common = { baseUrl: 'http://in-memory', retry: { retries: 0 } };
const report = { responses: 'report', onDrift: () => undefined } as const;
const make = {
  xovi: () => createXoviClient({ ...common, apiKey: 'bench-key', fetch: answering(CREDIT_STATE_ANSWER) }),
  nue: () => createNueClient({ ...common, auth: { apiKey: 'bench-key' }, fetch: answering(creditStats) }),
  maileon: () => createMaileonClient({ ...common, apiKey: 'bench-key', fetch: answering(contingents) }),
};
const calls = {
  xovi: (client: ReturnType<typeof make.xovi>) => client.GET(CREDIT_STATE, { params: { path: { format: 'json' } } }),
  nue: (client: ReturnType<typeof make.nue>) => client.GET(CREDIT_STATS, { params: { path: { customerId: 'c-1' }, query: { accountPoolIds: ['pool-1'] } } }),
  maileon: (client: ReturnType<typeof make.maileon>) => client.GET(CONTINGENTS, { params: { query: { nl_account_id: 1 } } }),
};

// The first validated call of each API: the spec's module is imported first, on its own (tsx
// transpiles it, which an installed package does not), so that the time shown is creditline's.
const firstCalls: string[][] = [];
for (const api of ['xovi', 'nue', 'maileon'] as const) {
  const started = performance.now();
  await import(`../generated/${api}.validation.js`);
  const imported = performance.now();
  // biome-ignore lint/suspicious/noExplicitAny: the three clients differ only in their paths
  await (calls[api] as (client: any) => Promise<unknown>)(withValidation(make[api](), api, report));
  firstCalls.push([api, ms(imported - started), ms(performance.now() - imported)]);
}

// A middleware that only reads a clone of the body, as validation does first: how much of the
// cost is the clone (a tee of the body stream) rather than the check.
const cloneReader = make.xovi();
cloneReader.use({ onResponse: async ({ response }) => void (await response.clone().text()) });
const plainXovi = make.xovi();
const plainNue = make.nue();
const plainMaileon = make.maileon();
const checkedXovi = withValidation(make.xovi(), 'xovi', report);
const checkedNue = withValidation(make.nue(), 'nue', report);
const checkedMaileon = withValidation(make.maileon(), 'maileon', report);
// Each group: the unvalidated call first, the rows after it measured against it.
const groups: Contender[][] = [
  [
    ['xovi.GET credit state', () => calls.xovi(plainXovi)],
    ['xovi.GET credit state, a middleware reading a clone only', () => calls.xovi(cloneReader)],
    ['xovi.GET credit state, validated', () => calls.xovi(checkedXovi)],
  ],
  [
    ['nue.GET credit stats', () => calls.nue(plainNue)],
    ['nue.GET credit stats, validated', () => calls.nue(checkedNue)],
  ],
  [
    ['maileon.GET 100 contingents', () => calls.maileon(plainMaileon)],
    ['maileon.GET 100 contingents, validated', () => calls.maileon(checkedMaileon)],
  ],
];
const rows = await measure(groups.flat(), timeMs, ROUNDS);
const baseOf = new Map(groups.flatMap((group) => group.map(([name]) => [name, group[0]![0]] as const)));
const medianOf = new Map(rows.map((row) => [row.name, row.medianMs]));

const perCall = table(
  ['call', 'time per call', 'spread (IQR) of rounds', 'calls', 'added to the unvalidated call'],
  rows.map((row) => {
    const base = baseOf.get(row.name)!;
    return [
      row.name,
      µs(row.medianMs),
      `${(row.spread * 100).toFixed(0)}%`,
      String(row.calls),
      base === row.name ? '' : µs(row.medianMs - medianOf.get(base)!),
    ];
  }),
);
const first = table(['API', 'importing the spec module (tsx)', 'first validated call: parse the spec, compile the schema, check'], firstCalls);
const machine = `Node ${process.version}, ${cpus().length}× ${cpus()[0]?.model ?? 'cpu'}, ${timeMs} ms per call and ${ROUNDS} rounds`;
console.log(`${machine}\n\n${perCall}\n\n${first}`);

if (args.includes('--write')) {
  const section = `${START}
## Validation (creditline/validate)

Reproduce with \`npm run bench:validation -- --time ${timeMs} --write\` (this section is written by
that command). The same typed GET with and without \`withValidation(client, api, { responses:
'report', onDrift })\`, with a \`fetch\` that answers from memory at once, so that what is left is
the clients' own work: validation reads a clone of the body, parses it and checks it with the
operation's compiled Ajv validator. Every answer fits the spec (no report is made). Measured in
rounds in rotated order (tinybench, bench/measure.ts; a call's figure is the median of its round
means), from the TypeScript sources through tsx. The row with a middleware that
only reads a clone shows how much of the cost is copying the body for the check (a tee of the
stream, which keeps the caller's body unread), not the check itself; on a real network a request
takes milliseconds, and both are small beside it.

${machine}

${perCall}

The first validated call of each API in a process also loads that API's validation spec and
compiles the operation's schema (once per operation and status, then kept):

${first}
${END}`;
  const file = path.join(repoRoot, 'BENCHMARKS.md');
  const page = readFileSync(file, 'utf8');
  const marked = new RegExp(`${escapeRegExp(START)}[^]*?${escapeRegExp(END)}`);
  // Before the bundle-size section, which `npm run size -- --write` keeps at the end.
  const sizeStart = page.indexOf('<!-- bundle-size');
  const updated = marked.test(page)
    ? page.replace(marked, section)
    : sizeStart >= 0
      ? `${page.slice(0, sizeStart)}${section}\n\n${page.slice(sizeStart)}`
      : `${page.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, updated);
}

function table(head: string[], body: string[][]): string {
  return [head, head.map(() => '---'), ...body].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

function µs(milliseconds: number): string {
  return `${(milliseconds * 1000).toFixed(1)} µs`;
}

function ms(milliseconds: number): string {
  return `${milliseconds.toFixed(1)} ms`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
