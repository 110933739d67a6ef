// The fault campaign: every client and pager through a proxy that breaks 10% of the answers the
// way real networks and APIs do (test/faults/fault-proxy.ts), seeded so that a failure replays.
// Asserts that items arrive exactly once and in order, retries stay within their budget and
// deadline, a POST is never sent twice once the server may have acted, and every failure is one
// of the package's typed errors.

import { isCreditlineError, isNetworkError, isTimeoutError } from 'creditline';
import { createMaileonClient } from 'creditline/maileon';
import { createNueClient } from 'creditline/nue';
import { createXoviClient } from 'creditline/xovi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contingentPages, MAILEON_KEY, pageOf, useFakeMaileon } from '../maileon/fake-maileon.js';
import { CUSTOMER, NUE_API_KEY, pool, useFakeNueCredits } from '../nue-client/fake-nue-credits.js';
import { createClock, FakeNue } from '../nue-client/fake-nue-server.js';
import { SOLO, SOLO_AUTH } from '../nue-client/fixtures.js';
import { caught } from '../support/caught.js';
import { sendJson, useServer } from '../support/http-server.js';
import { expectNoSecrets } from '../support/secrets.js';
import { THINGS_SECRET, thingsClient } from '../support/things-api.js';
import { CREDIT_STATE, useFakeXovi, XOVI_KEY } from '../xovi/fake-xovi.js';
import { TRANSIENT_FAULTS, useFaultProxy } from './fault-proxy.js';
import { seededRandom } from './seeded-random.js';

const SEED = Number(process.env.FAULT_SEED ?? 20261123);
/** Enough retries that a run of faults on one page is rare, and waits short enough for a campaign. */
const RETRY = { retries: 5, baseDelayMs: 1, maxDelayMs: 8 };
const TIMEOUT = { attemptMs: 150 };

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => void unhandled.push(reason);
beforeAll(() => void process.on('unhandledRejection', onUnhandled));
afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
  expect(unhandled).toEqual([]);
});

describe(`fault campaign (seed ${SEED})`, () => {
  it('10,000 Maileon contingents through faults on 10% of answers arrive exactly once, in order, within the retry budget', async () => {
    let proxyOrigin = '';
    const maileon = await useFakeMaileon({ pages: contingentPages(10_000, 100), linkOrigin: () => proxyOrigin });
    const proxy = await useFaultProxy({ upstream: () => maileon.origin, random: seededRandom(SEED), rate: 0.1 });
    proxyOrigin = proxy.origin;
    const client = createMaileonClient({ apiKey: MAILEON_KEY, baseUrl: proxy.origin, retry: RETRY, timeout: TIMEOUT });

    const ids: number[] = [];
    for await (const contingent of client.listContingents({ nlAccountId: 1 })) ids.push(contingent.id);

    expect(ids).toEqual(Array.from({ length: 10_000 }, (_, i) => i + 1));
    expect(proxy.injected.length).toBeGreaterThanOrEqual(5);
    const perPage = new Map<number, number>();
    for (const request of maileon.requests) perPage.set(pageOf(request), (perPage.get(pageOf(request)) ?? 0) + 1);
    expect(perPage.size).toBe(100);
    expect(Math.max(...perPage.values())).toBeLessThanOrEqual(RETRY.retries + 1);
  });

  for (const fault of TRANSIENT_FAULTS) {
    it(`a GET answered with ${fault} is sent again and ends in data`, async () => {
      const upstream = await useServer((_req, res) => sendJson(res, 200, { ok: true }));
      const proxy = await useFaultProxy({ upstream: () => upstream.origin, plan: (n) => (n === 0 ? fault : undefined) });
      const { data } = await thingsClient(proxy.origin, { retry: RETRY, timeout: TIMEOUT }).GET('/things');
      expect(data).toEqual({ ok: true });
      expect(proxy.injected.map((i) => i.fault)).toEqual([fault]);
      expect(upstream.requests).toHaveLength(2);
    });
  }

  it('10,000 Nue credit pools through faults arrive exactly once, in order', async () => {
    const nue = await useFakeNueCredits({ pools: Array.from({ length: 10_000 }, (_, i) => pool(i + 1)) });
    const proxy = await useFaultProxy({ upstream: () => nue.origin, random: seededRandom(SEED + 1), rate: 0.1 });
    const client = createNueClient({ auth: { apiKey: NUE_API_KEY }, baseUrl: proxy.origin, retry: RETRY, timeout: TIMEOUT });
    const pools = await client.listAccountCreditPools({ customerId: CUSTOMER, limit: 100 }).toArray({ max: 10_000 });
    expect(pools.map((p) => p.id)).toEqual(Array.from({ length: 10_000 }, (_, i) => `pool-${i + 1}`));
    expect(proxy.injected.length).toBeGreaterThan(0);
  });

  it('a password login whose tokens expire mid-paging renews them and loses no page', async () => {
    const clock = createClock();
    const fake = await FakeNue.use({ clock, users: [SOLO], expiresIn: 120, creditPools: Array.from({ length: 300 }, (_, i) => pool(i + 1)) });
    const proxy = await useFaultProxy({ upstream: () => fake.origin, random: seededRandom(SEED + 2), rate: 0.1 });
    const client = createNueClient({ auth: { ...SOLO_AUTH, refreshSkewSeconds: 0 }, baseUrl: proxy.origin, now: clock.now, retry: RETRY, timeout: TIMEOUT });
    const ids: string[] = [];
    let page = 0;
    for await (const { items } of client.listAccountCreditPools({ customerId: CUSTOMER, limit: 50 }).pages()) {
      ids.push(...items.map((p) => p.id ?? ''));
      page++;
      if (page % 2 === 0) clock.advance(130_000); // the token ran out while the caller worked on the page
      if (page === 3) fake.rejectNext = 1; // and once the server says so before the client knows
    }
    expect(ids).toEqual(Array.from({ length: 300 }, (_, i) => `pool-${i + 1}`));
    expect(fake.counts.refreshes + fake.counts.logins).toBeGreaterThanOrEqual(3);
    expectNoSecrets(new Error(JSON.stringify(proxy.injected)), fake.issuedSecrets());
  });

  it('XOVI: 200 credit-state calls through faults all end in data', async () => {
    const xovi = await useFakeXovi();
    const proxy = await useFaultProxy({ upstream: () => xovi.origin, random: seededRandom(SEED + 3), rate: 0.1 });
    const client = createXoviClient({ apiKey: XOVI_KEY, baseUrl: `${proxy.origin}/api`, retry: RETRY, timeout: TIMEOUT });
    for (let call = 0; call < 200; call++) expect(await client.getCreditState()).toEqual(CREDIT_STATE);
    expect(proxy.injected.length).toBeGreaterThan(5);
  });

  it('a POST is never sent twice once the server may have acted; each failure is typed and secret-free', async () => {
    const upstream = await useServer((_req, res) => sendJson(res, 201, { ok: true }));
    const proxy = await useFaultProxy({
      upstream: () => upstream.origin,
      random: seededRandom(SEED + 4),
      rate: 1,
      faults: ['reset-before-headers', 'cut-mid-body', 'stall'],
    });
    const client = thingsClient(proxy.origin, { retry: RETRY, timeout: TIMEOUT });
    for (let call = 0; call < 30; call++) {
      const error = await caught(client.POST('/things', { body: { name: `n${call}` } }));
      expect(isNetworkError(error) || isTimeoutError(error)).toBe(true);
      expectNoSecrets(error, [THINGS_SECRET]);
    }
    // Each body once; not their order: a stalled request may reach the server after the next call's.
    const sent = Array.from({ length: 30 }, (_, call) => `{"name":"n${call}"}`);
    expect(upstream.requests.map((r) => r.body).sort()).toEqual(sent.sort());
  });

  it('stays within the deadline: with every answer stalled, a call with totalMs ends in time as a TimeoutError', async () => {
    const upstream = await useServer((_req, res) => sendJson(res, 200, { ok: true }));
    const proxy = await useFaultProxy({ upstream: () => upstream.origin, random: seededRandom(SEED + 5), rate: 1, faults: ['stall'], stallMs: 2_000 });
    const started = Date.now();
    const error = await caught(thingsClient(proxy.origin, { retry: RETRY, timeout: { attemptMs: 100, totalMs: 350 } }).GET('/things'));
    const elapsed = Date.now() - started;
    expect(isTimeoutError(error)).toBe(true);
    expect(elapsed).toBeLessThan(350 + 250);
    expect(upstream.requests.length).toBeLessThanOrEqual(4);
  });

  it('hostile answers end in typed errors, never in data that is not there', async () => {
    const answers = [
      '{"apiErrorCode":0,"apiErrorMessage":"0k.","apiResult":"5280"}',
      '{"apiErrorCode":0,"apiErrorMessage":"0k.","apiResult":',
      '<html>login</html>',
      '[]',
      '{"apiErrorCode":{},"apiErrorMessage":"0k."}',
      'null',
    ];
    let call = 0;
    const hostile = await useServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(answers[call++ % answers.length]);
    });
    const client = createXoviClient({ apiKey: XOVI_KEY, baseUrl: `${hostile.origin}/api`, retry: RETRY });
    for (const _ of answers) {
      const error = await caught(client.getCreditState());
      expect(isCreditlineError(error)).toBe(true);
      expectNoSecrets(error, [XOVI_KEY]);
    }
  });
});
