// The README's first examples (and the Nue guide's credit flows), run as a new user would: only a
// Nue API key, a XOVI key and a Maileon key in the environment, the vendors' default base URLs, and servers that answer as the
// public evidence says the vendors do (spec/*/CURATION.md). A fetch that sends the vendors' hosts
// to those servers on 127.0.0.1 stands in for the network; the examples themselves are unchanged.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { contingentPages, MAILEON_KEY, useFakeMaileon } from '../maileon/fake-maileon.js';
import { flow, NUE_API_KEY, pool, useFakeNueCredits } from '../nue-client/fake-nue-credits.js';
import type { TestServer } from '../support/http-server.js';
import { useFakeXovi, XOVI_KEY } from '../xovi/fake-xovi.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// The README's blocks first, then the guides': a needle finds the README's example when both have one.
const documents = [
  'README.md',
  ...readdirSync(path.join(repoRoot, 'guides'))
    .filter((file) => file.endsWith('.md'))
    .map((file) => `guides/${file}`),
];
const blocks = documents.flatMap((document) =>
  [...readFileSync(path.join(repoRoot, document), 'utf8').matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1] ?? ''),
);
mkdirSync(path.join(repoRoot, '.tmp'), { recursive: true });
const folder = mkdtempSync(path.join(repoRoot, '.tmp', 'readme-run-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The first block that contains every needle. */
function block(...needles: string[]): string {
  const found = blocks.find((code) => needles.every((needle) => code.includes(needle)));
  if (!found) throw new Error(`no README or guide block with ${needles.join(', ')}`);
  return found;
}

/** Runs a block as its own module with the vendors' hosts answered locally; returns what it logged. */
async function run(code: string, hosts: Record<string, TestServer>): Promise<string[]> {
  vi.stubEnv('NUE_API_KEY', NUE_API_KEY);
  vi.stubEnv('XOVI_API_KEY', XOVI_KEY);
  vi.stubEnv('MAILEON_API_KEY', MAILEON_KEY);
  const realFetch = globalThis.fetch;
  const asked: string[] = [];
  vi.stubGlobal('fetch', (input: Request, init?: RequestInit) => {
    const url = new URL(input.url);
    const server = hosts[url.host];
    if (!server) throw new TypeError(`fetch failed: no network to ${url.host} in this test`);
    asked.push(url.origin);
    return realFetch(new Request(`${server.origin}${url.pathname}${url.search}`, input), init);
  });
  const logged: string[] = [];
  const record = (...args: unknown[]) =>
    void logged.push(args.map((arg) => (typeof arg === 'object' && arg !== null ? JSON.stringify(arg) : String(arg))).join(' '));
  vi.spyOn(console, 'log').mockImplementation(record);
  vi.spyOn(console, 'warn').mockImplementation(record);
  vi.spyOn(console, 'error').mockImplementation(record);
  onTestFinished(() => {
    vi.unstubAllEnvs();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });
  const file = path.join(folder, `example-${blocks.indexOf(code) + 1}.ts`);
  writeFileSync(file, code);
  await import(file);
  expect(asked.every((origin) => origin.startsWith('https://'))).toBe(true);
  return logged;
}

describe('the README, run with only API keys', () => {
  it('Nue: the first example lists the pools and reads their stats with an API key', async () => {
    const nue = await useFakeNueCredits({ customerId: 'cus-1', pools: [1, 2].map(pool), unreadablePools: ['pool-2'] });
    const logged = await run(block('auth: { apiKey: process.env.NUE_API_KEY! } }); // the key'), { 'api.nue.io': nue });
    expect(logged).toEqual(['Pool 1 999 Active', 'Pool 2 998 Active', 'pool-1 999', 'POOL_NOT_FOUND account credit pool pool-2 could not be read']);
  });

  it("Nue: the guide's credit flows example pages the flows", async () => {
    const nue = await useFakeNueCredits({ customerId: 'cus-1', pools: [], flows: Array.from({ length: 7 }, (_, i) => flow(i + 1)) });
    expect(await run(block('listCreditFlows', 'toArray'), { 'api.nue.io': nue })).toEqual(['7']);
  });

  it('XOVI: the first example reads the credit state, the XML and both typed forms', async () => {
    const xovi = await useFakeXovi();
    const logged = await run(block('isXoviAuthError'), { 'suite.xovi.net': xovi });
    expect(logged).toEqual(['5280 of 1000 credits left, refilled 2013-03-08 15:00:00']);
    expect(xovi.requests.map((r) => r.path.replace(XOVI_KEY, '{key}'))).toEqual([
      '/api/user/getCreditstate/{key}/json',
      '/api/user/getCreditstate/{key}/xml',
      '/api/user/getCreditstate/{key}/json',
      '/api/user/getCreditstate',
    ]);
  });

  it('Maileon: the first example walks a 3-page account and stops at its break', async () => {
    const maileon = await useFakeMaileon({ pages: contingentPages(5, 2), linkOrigin: () => 'http://api.maileon.com' });
    const logged = await run(block('listContingents({ nlAccountId: 12345, status'), { 'api.maileon.com': maileon });
    expect(logged.slice(0, 5)).toEqual([1, 2, 3, 4, 5].map((id) => `Contingent ${id} 990`));
    expect(logged[5]).toBe('{"items":5,"pages":3}');
    expect(maileon.requests.map((r) => r.query.get('page') ?? '1')).toEqual(['1', '2', '3', '1', '2', '3']);
  });

  it('balances: one row per Nue pool, the XOVI state and quota through its login redirect, a 3-page Maileon account whole', async () => {
    const hosts = {
      'api.nue.io': await useFakeNueCredits({ customerId: 'cus-1', pools: [1, 2, 3].map(pool) }),
      'suite.xovi.net': await useFakeXovi({ pathForm: 'redirect-to-login' }),
      'api.maileon.com': await useFakeMaileon({ pages: contingentPages(5, 2), linkOrigin: () => 'http://api.maileon.com' }),
    };
    const logged = await run(block('readCreditBalances({'), hosts);
    expect(logged.filter((line) => line.startsWith('nue '))).toHaveLength(3);
    expect(logged.filter((line) => line.startsWith('maileon '))).toHaveLength(5);
    expect(logged.filter((line) => line.startsWith('xovi '))).toEqual([
      'xovi credit XOVI account undefined 5280 720 6000 undefined undefined',
      'xovi quota XOVI account monitored keywords 4736 264 5000 undefined undefined',
    ]);
    expect(logged.some((line) => /error|fail/i.test(line))).toBe(false);
  });
});
