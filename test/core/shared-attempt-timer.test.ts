// One client's attempts share one timer (src/core/transport/attempt-clock.ts): each attempt still
// ends at its own limit, whichever order the attempts started in, and an attempt answered in time
// is not ended later by the timer of another.
import { isTimeoutError } from 'creditline';
import { describe, expect, it } from 'vitest';
import { caught } from '../support/caught.js';
import { sendJson, useServer } from '../support/http-server.js';
import { thingsClient } from '../support/things-api.js';

/** Never answers `/things?stall`; answers everything else at once. */
async function stallingServer() {
  return useServer((req, res) => {
    if (!req.url.includes('stall')) sendJson(res, 200, { ok: true });
  });
}

const attemptOf = (ms: number) => ({ creditline: { timeout: { attemptMs: ms } } });
type Init = NonNullable<Parameters<ReturnType<typeof thingsClient>['GET']>[1]>;
const stalling = (ms: number) => ({ params: { query: { stall: '1' } }, ...attemptOf(ms) }) as unknown as Init;

/** Passes `value` on after noting `name` in `ended`: the order in which calls ended. */
const noting =
  (ended: string[], name: string) =>
  <T>(value: T): T => {
    ended.push(name);
    return value;
  };

describe('attempt timeouts of one client', () => {
  it('ends a later attempt with a shorter limit first, and the earlier one at its own limit', async () => {
    const server = await stallingServer();
    const client = thingsClient(server.origin, { retry: { retries: 0 } });
    const ended: string[] = [];
    const long = caught(client.GET('/things', stalling(400))).then(noting(ended, 'long'));
    const short = caught(client.GET('/things', stalling(40))).then(noting(ended, 'short'));
    const [longError, shortError] = await Promise.all([long, short]);
    expect(ended).toEqual(['short', 'long']);
    expect(isTimeoutError(shortError) && shortError.timeoutMs).toBe(40);
    expect(isTimeoutError(longError) && longError.timeoutMs).toBe(400);
  });

  it('ends an earlier attempt with a shorter limit at its own limit, not at the limit of a later, longer one', async () => {
    const server = await stallingServer();
    const client = thingsClient(server.origin, { retry: { retries: 0 } });
    const started = performance.now();
    const ended: string[] = [];
    const short = caught(client.GET('/things', stalling(40)))
      .then(noting(ended, 'short'))
      .then((error) => ({ error, ms: performance.now() - started }));
    const long = caught(client.GET('/things', stalling(1500))).then(noting(ended, 'long'));
    const [shortEnd, longError] = await Promise.all([short, long]);
    expect(ended).toEqual(['short', 'long']);
    // Far below the long limit, with room for a slow machine: the later attempt did not move the short one's end.
    expect(shortEnd.ms).toBeLessThan(750);
    expect([shortEnd.error, longError].map((error) => isTimeoutError(error) && error.kind)).toEqual(['attempt', 'attempt']);
  });

  it('leaves answered calls alone while another attempt of the client times out', async () => {
    const server = await stallingServer();
    const client = thingsClient(server.origin, { retry: { retries: 0 } });
    const stalled = caught(client.GET('/things', stalling(80)));
    const answers = await Promise.all(Array.from({ length: 5 }, () => client.GET('/things', attemptOf(60) as Init)));
    expect(answers.map(({ data }) => data)).toEqual(Array(5).fill({ ok: true }));
    expect(await stalled).toMatchObject({ name: 'TimeoutError', timeoutMs: 80 });
    // The client still times out attempts after its timer fired once.
    expect(await caught(client.GET('/things', stalling(30)))).toMatchObject({ name: 'TimeoutError', timeoutMs: 30 });
  });
});
