// Maileon's prepaid setting through the client: `getPrepaidStatus` hands out the answer Maileon
// sent (its fields are inferred, so only its being a JSON object is checked), and
// `updatePrepaidStatus` switches prepaid handling and resolves with the old and the new state; a
// 400 is a MaileonError with Maileon's words.
import { createMaileonClient, isApiError, isConfigurationError, isMaileonError, isResponseParseError, type MaileonClientOptions } from 'creditline/maileon';
import { describe, expect, it } from 'vitest';
import { caught } from '../support/caught.js';
import { sendJson, sendRaw, useServer } from '../support/http-server.js';
import { expectNoSecrets } from '../support/secrets.js';
import { MAILEON_KEY } from './fake-maileon.js';
import { ACCOUNT, STATUS_PATH, useFakePrepaids } from './fake-maileon-prepaids.js';

const client = (origin: string, options: Partial<MaileonClientOptions> = {}) =>
  createMaileonClient({ apiKey: MAILEON_KEY, baseUrl: origin, retry: { retries: 0 }, ...options });

describe('Maileon getPrepaidStatus', () => {
  it('reads the setting of the newsletter account, with the account and the key in the query', async () => {
    const server = await useFakePrepaids({ active: false });
    await expect(client(server.origin).getPrepaidStatus({ nlAccountId: ACCOUNT })).resolves.toEqual({ active: false });
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([`GET ${STATUS_PATH}?nl_account_id=${ACCOUNT}&key=${MAILEON_KEY}`]);
  });

  it('hands out an answer with other fields as it came, since its fields are inferred', async () => {
    const server = await useServer((_request, response) => sendJson(response, 200, { state: 'active', since: '2026-01-01' }));
    await expect(client(server.origin).getPrepaidStatus({ nlAccountId: 1 })).resolves.toEqual({ state: 'active', since: '2026-01-01' });
  });

  it('refuses an answer that is not a JSON object, saying what came', async () => {
    for (const [body, got] of [
      ['[true]', 'the body is a JSON array'],
      ['true', 'the body is a JSON boolean'],
      ['"active"', 'the body is a JSON string'],
      ['null', 'the body is a JSON null'],
      ['', 'the body is empty'],
    ]) {
      const server = await useServer((_request, response) => sendRaw(response, 200, body, { 'content-type': 'application/json' }));
      const error = await caught(client(server.origin).getPrepaidStatus({ nlAccountId: 1 }));
      expect(isResponseParseError(error)).toBe(true);
      expect((error as Error).message).toBe(`GET ${STATUS_PATH}: the response body could not be read: ${got}, expected the prepaid status (a JSON object)`);
    }
  });

  it('reports a rejected key as a plain ApiError, the key masked', async () => {
    const server = await useFakePrepaids();
    const error = await caught(
      createMaileonClient({ apiKey: 'wrong-key-123', baseUrl: server.origin, retry: { retries: 0 } }).getPrepaidStatus({ nlAccountId: ACCOUNT }),
    );
    expect(isApiError(error)).toBe(true);
    expect(isMaileonError(error)).toBe(false);
    expect(error).toMatchObject({ name: 'ApiError', status: 401, pathTemplate: STATUS_PATH });
    expectNoSecrets(error, ['wrong-key-123']);
  });
});

describe('Maileon updatePrepaidStatus', () => {
  it('posts { active } as JSON and resolves with the old and the new state', async () => {
    const server = await useFakePrepaids({ active: true });
    const maileon = client(server.origin);
    await expect(maileon.updatePrepaidStatus({ nlAccountId: ACCOUNT, active: false })).resolves.toEqual({ oldState: 'active', newState: 'inactive' });
    await expect(maileon.updatePrepaidStatus({ nlAccountId: ACCOUNT, active: true })).resolves.toEqual({ oldState: 'inactive', newState: 'active' });
    const [first] = server.requests;
    expect(`${first?.method} ${first?.url}`).toBe(`POST ${STATUS_PATH}?nl_account_id=${ACCOUNT}&key=${MAILEON_KEY}`);
    expect(first?.headers['content-type']).toBe('application/json');
    expect(server.bodyOf(first)).toEqual({ active: false });
  });

  it("reports Maileon's 400 as a MaileonError (invalid-request) with Maileon's words", async () => {
    const server = await useServer((_request, response) => sendJson(response, 400, 'invalid value for status'));
    const error = await caught(client(server.origin).updatePrepaidStatus({ nlAccountId: ACCOUNT, active: true }));
    expect(isMaileonError(error)).toBe(true);
    expect(isApiError(error)).toBe(true);
    expect(error).toMatchObject({ name: 'MaileonError', problem: 'invalid-request', reason: 'invalid value for status', status: 400, method: 'POST' });
    expect((error as Error).message).toBe(
      `POST ${STATUS_PATH} failed with 400 Bad Request: Maileon refused the request as invalid (invalid JSON, an invalid date or an invalid value) (Maileon says "invalid value for status")`,
    );
  });

  it('refuses an `active` that is not true or false, sending nothing', async () => {
    const server = await useFakePrepaids();
    for (const [active, got] of [
      ['true', 'a string'],
      [1, 'number 1'],
      [undefined, 'undefined'],
      [null, 'null'],
    ] as const) {
      const error = await caught(client(server.origin).updatePrepaidStatus({ nlAccountId: ACCOUNT, active: active as unknown as boolean }));
      expect(isConfigurationError(error)).toBe(true);
      expect((error as Error).message).toBe(`updatePrepaidStatus: active must be true or false, got ${got}`);
    }
    expect(server.requests).toHaveLength(0);
  });

  it('is a typed raw call too, whose 400 is the same MaileonError', async () => {
    const server = await useServer((_request, response) => sendJson(response, 400, 'invalid JSON'));
    const error = await caught(
      client(server.origin).POST('/partner/settings/prepaids/status', { params: { query: { nl_account_id: ACCOUNT } }, body: { active: true } }),
    );
    expect(error).toMatchObject({ name: 'MaileonError', problem: 'invalid-request', reason: 'invalid JSON' });
    const { data } = await client((await useFakePrepaids()).origin).POST('/partner/settings/prepaids/status', {
      params: { query: { nl_account_id: ACCOUNT } },
      body: { active: false },
    });
    expect(data?.newState).toBe('inactive');
  });
});
