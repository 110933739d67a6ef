// Responses whose body breaks off after the headers: cut mid-way, or not in the content-encoding
// they declare. An idempotent call is sent again within its retry budget and deadline; a POST
// never is; every failure is a typed NetworkError.
import type { ServerResponse } from 'node:http';
import { isNetworkError, type LogEntry } from 'creditline';
import { createMaileonClient } from 'creditline/maileon';
import { describe, expect, it } from 'vitest';
import { CONTINGENTS_PATH, contingent, MAILEON_KEY } from '../maileon/fake-maileon.js';
import { caught } from '../support/caught.js';
import { sendJson, useServer } from '../support/http-server.js';
import { expectNoSecrets } from '../support/secrets.js';
import { THINGS_SECRET, thingsClient } from '../support/things-api.js';

const fast = { baseDelayMs: 1, maxDelayMs: 5 };

/** Headers and half of a JSON body, then the connection is destroyed. */
function cutOff(res: ServerResponse, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(text.length) });
  res.write(text.slice(0, Math.floor(text.length / 2)));
  setTimeout(() => res.socket?.destroy(), 5);
}

/** A plain JSON body that claims to be gzip. */
function wronglyEncoded(res: ServerResponse, body: unknown): void {
  res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
  res.end(JSON.stringify(body));
}

/** Answers with `faults` in turn, then with the JSON body. */
function serverWith(...faults: Array<(res: ServerResponse, body: unknown) => void>) {
  let call = 0;
  return useServer((_req, res) => {
    const fault = faults[call++];
    if (fault) fault(res, { ok: true, token: THINGS_SECRET });
    else sendJson(res, 200, { ok: true });
  });
}

describe('broken response bodies', () => {
  for (const [name, fault] of [
    ['cut off mid-way', cutOff],
    ['in a wrong content-encoding', wronglyEncoded],
  ] as const) {
    it(`sends a GET again when its body is ${name}, and reports NetworkError when the retries run out`, async () => {
      const once = await serverWith(fault);
      const log: LogEntry[] = [];
      const { data } = await thingsClient(once.origin, { retry: fast, log: (entry) => log.push(entry) }).GET('/things');
      expect(data).toEqual({ ok: true });
      expect(once.requests).toHaveLength(2);
      expect(log).toHaveLength(1);

      const always = await serverWith(fault, fault, fault);
      const error = await caught(thingsClient(always.origin, { retry: fast }).GET('/things'));
      expect(isNetworkError(error)).toBe(true);
      expect(error).toMatchObject({ method: 'GET', pathTemplate: '/things', url: `${always.origin}/things` });
      expect((error as Error).message).toContain('body broke off');
      expect(always.requests).toHaveLength(3);
      expectNoSecrets(error, [THINGS_SECRET]);
    });
  }

  it('never sends a POST again after its body broke off (the server may have acted)', async () => {
    const server = await serverWith(cutOff);
    const error = await caught(thingsClient(server.origin, { retry: fast }).POST('/things', { body: { name: 'a' } }));
    expect(isNetworkError(error)).toBe(true);
    expect(server.requests).toHaveLength(1);
  });

  it('counts resends after a broken body against the same retry budget', async () => {
    let call = 0;
    const server = await useServer((_req, res) => (call++ === 0 ? sendJson(res, 503, { message: 'busy' }) : cutOff(res, { ok: true })));
    const error = await caught(thingsClient(server.origin, { retry: { ...fast, retries: 1 } }).GET('/things'));
    expect(isNetworkError(error)).toBe(true);
    expect(server.requests).toHaveLength(2);
  });

  it('stays within the deadline: no resend that would end after totalMs', async () => {
    const server = await serverWith(cutOff, cutOff, cutOff);
    const error = await caught(thingsClient(server.origin, { retry: { baseDelayMs: 400, maxDelayMs: 400 }, timeout: { totalMs: 150 } }).GET('/things'));
    expect(isNetworkError(error)).toBe(true);
    expect(server.requests).toHaveLength(1);
  });

  it('sends a linked Maileon page again when its body broke off, and the items arrive once, in order', async () => {
    let secondPageCalls = 0;
    const server = await useServer((req, res) => {
      if (req.query.get('page') !== '2') return sendJson(res, 200, [contingent(1)], { link: `<${server.origin}${CONTINGENTS_PATH}?page=2>; rel="next"` });
      if (secondPageCalls++ === 0) return cutOff(res, [contingent(2)]);
      sendJson(res, 200, [contingent(2)]);
    });
    const maileon = createMaileonClient({ apiKey: MAILEON_KEY, baseUrl: server.origin, retry: fast });
    const ids = (await maileon.listContingents({ nlAccountId: 1 }).toArray({ max: 10 })).map((c) => c.id);
    expect(ids).toEqual([1, 2]);
    expect(server.requests).toHaveLength(3);
  });
});
