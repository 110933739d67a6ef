// One long-lived AbortSignal passed to many calls (a page's or a job's lifetime): every call lets
// go of it once it has settled, whatever way its attempts ended, so the signal holds no listener
// (and, through it, no attempt's AbortController) per call. Node's own Requests add listeners to
// the signal too, but hold them weakly: they go once garbage collection has run, which
// `listenersLeftAfterGc` forces. (Errors are taken with `caught`: V8 keeps what a thrown error's
// stack frames saw until its stack is read, and `expect().rejects` kept Node's Requests alive.)
import { getEventListeners } from 'node:events';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createMaileonClient } from 'creditline/maileon';
import { describe, expect, it } from 'vitest';
import { contingentPages, MAILEON_KEY, useFakeMaileon } from '../maileon/fake-maileon.js';
import { SOLO_AUTH, STATS, setup } from '../nue-client/fixtures.js';
import { caught } from '../support/caught.js';
import { sendJson, useServer } from '../support/http-server.js';
import { thingsClient } from '../support/things-api.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** The abort listeners still on `signal` once collection has run and Node's finalizers had their turn (up to 1 s). */
async function listenersLeftAfterGc(signal: AbortSignal): Promise<number> {
  for (let round = 0; round < 50 && getEventListeners(signal, 'abort').length > 0; round++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return getEventListeners(signal, 'abort').length;
}

const fast = { baseDelayMs: 1, maxDelayMs: 2 };

describe('a signal shared by many calls holds nothing of them once they settle', () => {
  it('after 300 answered calls, and it still aborts the next one', async () => {
    const server = await useServer((_req, res) => sendJson(res, 200, { ok: true }));
    const client = thingsClient(server.origin);
    const controller = new AbortController();
    for (let i = 0; i < 300; i++) await client.GET('/things', { signal: controller.signal });
    expect(await listenersLeftAfterGc(controller.signal)).toBe(0);
    controller.abort();
    await expect(client.GET('/things', { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('after calls whose every attempt was answered 503 and retried, ending in ApiError', async () => {
    const server = await useServer((_req, res) => sendJson(res, 503, { message: 'busy' }));
    const client = thingsClient(server.origin, { retry: { retries: 2, ...fast } });
    const controller = new AbortController();
    for (let i = 0; i < 10; i++) expect(await caught(client.GET('/things', { signal: controller.signal }))).toMatchObject({ name: 'ApiError' });
    expect(server.requests).toHaveLength(30);
    expect(await listenersLeftAfterGc(controller.signal)).toBe(0);
  });

  it('after calls whose attempts timed out and were retried, ending in TimeoutError', async () => {
    const server = await useServer(() => undefined); // never answers
    const client = thingsClient(server.origin, { timeout: { attemptMs: 20 }, retry: { retries: 1, ...fast } });
    const controller = new AbortController();
    for (let i = 0; i < 5; i++) expect(await caught(client.GET('/things', { signal: controller.signal }))).toMatchObject({ name: 'TimeoutError' });
    expect(server.requests.length).toBeGreaterThan(0);
    expect(await listenersLeftAfterGc(controller.signal)).toBe(0);
  });

  it('with throwOnError false, after error answers openapi-fetch has read', async () => {
    const server = await useServer((_req, res) => sendJson(res, 404, { message: 'no such thing' }));
    const client = thingsClient(server.origin, { throwOnError: false, retry: { retries: 0 } });
    const controller = new AbortController();
    for (let i = 0; i < 10; i++) expect((await client.GET('/things', { signal: controller.signal })).error).toEqual({ message: 'no such thing' });
    expect(await listenersLeftAfterGc(controller.signal)).toBe(0);
  });

  it('after calls whose body broke off and that were sent again', async () => {
    let call = 0;
    const server = await useServer((_req, res) => {
      if (call++ % 2 === 1) return sendJson(res, 200, { ok: true });
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '20' });
      res.write('{"ok":');
      setTimeout(() => res.socket?.destroy(), 5);
    });
    const client = thingsClient(server.origin, { retry: { retries: 1, ...fast } });
    const controller = new AbortController();
    for (let i = 0; i < 5; i++) expect((await client.GET('/things', { signal: controller.signal })).data).toEqual({ ok: true });
    expect(server.requests).toHaveLength(10);
    expect(await listenersLeftAfterGc(controller.signal)).toBe(0);
  });

  it('after Nue calls answered 401 and sent again with a renewed token', async () => {
    const context = await setup({ auth: SOLO_AUTH });
    await context.nue.auth.login();
    const controller = new AbortController();
    for (let i = 0; i < 5; i++) {
      context.server.rejectNext = 1;
      await context.nue.GET('/customers/{customerId}/credit-stats', { ...STATS, signal: controller.signal });
    }
    expect(context.server.counts).toMatchObject({ unauthorized: 5, refreshes: 5 });
    expect(await listenersLeftAfterGc(controller.signal)).toBe(0);
  });

  it('after waiting for Nue jobs through polls, backoff sleeps and a login', async () => {
    const context = await setup({ auth: SOLO_AUTH });
    const controller = new AbortController();
    for (let job = 1; job <= 5; job++) {
      const status = (word: string) => ({ body: { id: `job-${job}`, status: word, totalBatches: 1, batchesProcessed: 0, errorCode: '', errorMessage: '' } });
      context.server.setJob('orders-fields-sync', `job-${job}`, [status('Queued'), status('Processing'), status('Completed')]);
      const result = await context.nue.jobs.wait(
        { kind: 'orders-fields-sync', jobId: `job-${job}` },
        { intervalMs: 1, maxIntervalMs: 2, signal: controller.signal },
      );
      expect(result.polls).toBe(3);
    }
    expect(await listenersLeftAfterGc(controller.signal)).toBe(0);
  });

  it('after walking 40 linked Maileon pages', async () => {
    const server = await useFakeMaileon({ pages: contingentPages(80, 2) });
    const maileon = createMaileonClient({ apiKey: MAILEON_KEY, baseUrl: server.origin });
    const controller = new AbortController();
    const items = await maileon.listContingents({ nlAccountId: 1, signal: controller.signal }).toArray({ max: 100 });
    expect(items).toHaveLength(80);
    expect(await listenersLeftAfterGc(controller.signal)).toBe(0);
  });
});

describe("a streamed body stays the caller's to abort", () => {
  it("parseAs 'stream': the caller's abort after the call returned ends the body", async () => {
    const server = await useServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"ok":'); // the rest never comes
    });
    const controller = new AbortController();
    const { data } = await thingsClient(server.origin).GET('/things', { signal: controller.signal, parseAs: 'stream' });
    const reading = new Response(data as ReadableStream).text();
    controller.abort(new Error('user went away'));
    const ended = await Promise.race([caught(reading), new Promise((resolve) => setTimeout(() => resolve('still reading after 2 s'), 2_000))]);
    expect(ended).toBeInstanceOf(Error);
  });
});
