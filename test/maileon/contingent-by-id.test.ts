// One Maileon contingent through the client: read, create, update and delete, with the newsletter
// account and the key filled in, the options checked before anything is sent, and Maileon's
// documented refusals as MaileonErrors: 404 for a contingent the account does not have, 409 for
// an update below the used value, 400 for invalid JSON or an invalid date.
import {
  createMaileonClient,
  isApiError,
  isConfigurationError,
  isMaileonError,
  isResponseParseError,
  type MaileonClient,
  type MaileonClientOptions,
  MaileonError,
} from 'creditline/maileon';
import { describe, expect, it } from 'vitest';
import { caught } from '../support/caught.js';
import { sendJson, sendRaw, useServer } from '../support/http-server.js';
import { expectNoSecrets } from '../support/secrets.js';
import { contingent, MAILEON_KEY } from './fake-maileon.js';
import { ACCOUNT, CONTINGENTS_PATH, contingentPath, useFakePrepaids } from './fake-maileon-prepaids.js';

const client = (origin: string, options: Partial<MaileonClientOptions> = {}) =>
  createMaileonClient({ apiKey: MAILEON_KEY, baseUrl: origin, retry: { retries: 0 }, ...options });

const TEMPLATE = '/partner/settings/prepaids/contingents/contingent/{cid}';
const DETAILS = { expiryDate: '2026-12-31T23:59:59+01:00', contingentValue: 5000, name: 'Q4 mailings' };

describe('Maileon getContingent', () => {
  it('reads one contingent by its id, as a number or as text', async () => {
    const server = await useFakePrepaids();
    const maileon = client(server.origin);
    const expected = server.contingents.get('123');
    await expect(maileon.getContingent({ nlAccountId: ACCOUNT, contingentId: 123 })).resolves.toEqual(expected);
    await expect(maileon.getContingent({ nlAccountId: ACCOUNT, contingentId: ' 123 ' })).resolves.toEqual(expected);
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual(Array(2).fill(`GET ${contingentPath(123)}?nl_account_id=${ACCOUNT}&key=${MAILEON_KEY}`));
  });

  it('reports an id the account does not have as a MaileonError (contingent-not-found) naming both', async () => {
    const server = await useFakePrepaids();
    const error = await caught(client(server.origin).getContingent({ nlAccountId: ACCOUNT, contingentId: 999 }));
    expect(error).toBeInstanceOf(MaileonError);
    expect(error).toMatchObject({ problem: 'contingent-not-found', reason: 'Not found', status: 404, method: 'GET', pathTemplate: TEMPLATE });
    expect((error as Error).message).toBe(
      `GET ${TEMPLATE} failed with 404 Not Found: newsletter account ${ACCOUNT} has no contingent 999 (Maileon says "Not found")`,
    );
    expectNoSecrets(error, [MAILEON_KEY]);
  });

  it('refuses an answer that is not a JSON object', async () => {
    const server = await useServer((_request, response) => sendJson(response, 200, [contingent(1)]));
    const error = await caught(client(server.origin).getContingent({ nlAccountId: 1, contingentId: 1 }));
    expect(isResponseParseError(error)).toBe(true);
    expect((error as Error).message).toBe(
      `GET ${TEMPLATE}: the response body could not be read: the body is a JSON array, expected a contingent (a JSON object)`,
    );
  });
});

describe('Maileon createContingent', () => {
  it('puts the three fields as JSON and resolves with the new contingent', async () => {
    const server = await useFakePrepaids();
    const created = await client(server.origin).createContingent({ nlAccountId: ACCOUNT, ...DETAILS });
    expect(created).toMatchObject({ ...DETAILS, availableValue: 5000, usedValue: 0 });
    expect(server.contingents.get(String(created.id))).toEqual(created);
    const [request] = server.requests;
    expect(`${request?.method} ${request?.url}`).toBe(`PUT ${CONTINGENTS_PATH}?nl_account_id=${ACCOUNT}&key=${MAILEON_KEY}`);
    expect(request?.headers['content-type']).toBe('application/json');
    expect(server.bodyOf(request)).toEqual(DETAILS);
  });

  it('sends a Date as an ISO date-time in UTC, and a text date-time as given', async () => {
    const server = await useFakePrepaids();
    const maileon = client(server.origin);
    await maileon.createContingent({ nlAccountId: ACCOUNT, ...DETAILS, expiryDate: new Date(Date.UTC(2027, 0, 31, 12)) });
    const texts = ['2027-01-31T12:00Z', '2027-01-31T12:00:30.125+0100', '2027-01-31T12:00:30-05:30'];
    for (const expiryDate of texts) await maileon.createContingent({ nlAccountId: ACCOUNT, ...DETAILS, expiryDate });
    expect(server.requests.map((r) => (server.bodyOf(r) as { expiryDate: string }).expiryDate)).toEqual(['2027-01-31T12:00:00.000Z', ...texts]);
  });

  it("reports Maileon's 400 as a MaileonError (invalid-request)", async () => {
    const server = await useServer((_request, response) => sendJson(response, 400, 'invalid date'));
    const error = await caught(client(server.origin).createContingent({ nlAccountId: ACCOUNT, ...DETAILS }));
    expect(error).toMatchObject({ name: 'MaileonError', problem: 'invalid-request', reason: 'invalid date', method: 'PUT', pathTemplate: CONTINGENTS_PATH });
  });
});

describe('Maileon updateContingent', () => {
  it('posts the three fields and resolves with the contingent as it is now', async () => {
    const server = await useFakePrepaids();
    const updated = await client(server.origin).updateContingent({ nlAccountId: ACCOUNT, contingentId: 123, ...DETAILS });
    expect(updated).toMatchObject({ id: 123, ...DETAILS, usedValue: 10, availableValue: 4990 });
    const [request] = server.requests;
    expect(`${request?.method} ${request?.url}`).toBe(`POST ${contingentPath(123)}?nl_account_id=${ACCOUNT}&key=${MAILEON_KEY}`);
    expect(server.bodyOf(request)).toEqual(DETAILS);
  });

  it('reports a value below the used value as a MaileonError (contingent-value-below-used), changing nothing', async () => {
    const server = await useFakePrepaids();
    const before = server.contingents.get('123');
    const error = await caught(client(server.origin).updateContingent({ nlAccountId: ACCOUNT, contingentId: 123, ...DETAILS, contingentValue: 9 }));
    expect(isMaileonError(error) && error.problem).toBe('contingent-value-below-used');
    expect(error).toMatchObject({ status: 409, reason: 'contingent value < used value', method: 'POST', pathTemplate: TEMPLATE });
    expect((error as Error).message).toBe(
      `POST ${TEMPLATE} failed with 409 Conflict: the value of contingent 123 cannot be set below the value already used (Maileon says "contingent value < used value")`,
    );
    expect(server.contingents.get('123')).toEqual(before);
  });

  it('reports an unknown contingent (404) and an invalid body (400) by their problems', async () => {
    const server = await useFakePrepaids();
    const maileon = client(server.origin);
    expect(await caught(maileon.updateContingent({ nlAccountId: ACCOUNT, contingentId: 5, ...DETAILS }))).toMatchObject({
      problem: 'contingent-not-found',
      status: 404,
    });
    const invalid = await useServer((_request, response) => sendJson(response, 400, 'invalid JSON'));
    expect(await caught(client(invalid.origin).updateContingent({ nlAccountId: ACCOUNT, contingentId: 123, ...DETAILS }))).toMatchObject({
      problem: 'invalid-request',
      reason: 'invalid JSON',
    });
  });

  it('as a typed raw call, raises the same MaileonError, or returns it with throwOnError: false', async () => {
    const server = await useFakePrepaids();
    const call = (maileon: MaileonClient) =>
      maileon.POST('/partner/settings/prepaids/contingents/contingent/{cid}', {
        params: { path: { cid: '123' }, query: { nl_account_id: ACCOUNT } },
        body: { ...DETAILS, contingentValue: 1 },
      });
    expect(await caught(call(client(server.origin)))).toMatchObject({ name: 'MaileonError', problem: 'contingent-value-below-used' });
    const { error, response } = await call(client(server.origin, { throwOnError: false }));
    expect(response.status).toBe(409);
    expect(error).toBe('contingent value < used value');
  });
});

describe('Maileon deleteContingent', () => {
  it('deletes a contingent, whether Maileon answers 204 or 200 with a body', async () => {
    for (const deleteAnswer of [{ status: 204 }, { status: 200, body: '[]' }, { status: 200, body: 'deleted' }]) {
      const server = await useFakePrepaids({ deleteAnswer });
      await expect(client(server.origin).deleteContingent({ nlAccountId: ACCOUNT, contingentId: '123' })).resolves.toBeUndefined();
      expect(server.contingents.has('123')).toBe(false);
      expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([`DELETE ${contingentPath(123)}?nl_account_id=${ACCOUNT}&key=${MAILEON_KEY}`]);
    }
  });

  it('reports an id the account does not have as a MaileonError (contingent-not-found)', async () => {
    const server = await useFakePrepaids();
    const error = await caught(client(server.origin).deleteContingent({ nlAccountId: ACCOUNT, contingentId: 77 }));
    expect(error).toMatchObject({ name: 'MaileonError', problem: 'contingent-not-found', method: 'DELETE', pathTemplate: TEMPLATE });
    expect((error as Error).message).toBe(
      `DELETE ${TEMPLATE} failed with 404 Not Found: newsletter account ${ACCOUNT} has no contingent 77 (Maileon says "Not found")`,
    );
  });
});

describe('the prepaid operations as typed raw calls', () => {
  it('are typed and answered for every method, with the key added', async () => {
    const server = await useFakePrepaids();
    const maileon = client(server.origin);
    const query = { nl_account_id: ACCOUNT };
    const status = await maileon.GET('/partner/settings/prepaids/status', { params: { query } });
    expect(status.data?.active).toBe(true);
    const created = await maileon.PUT('/partner/settings/prepaids/contingents', { params: { query }, body: DETAILS });
    const id = String(created.data?.id);
    const read = await maileon.GET('/partner/settings/prepaids/contingents/contingent/{cid}', { params: { path: { cid: id }, query } });
    expect(read.data?.name).toBe(DETAILS.name);
    const deleted = await maileon.DELETE('/partner/settings/prepaids/contingents/contingent/{cid}', { params: { path: { cid: id }, query } });
    expect(deleted.response.status).toBe(204);
    expect(await caught(maileon.GET('/partner/settings/prepaids/contingents/contingent/{cid}', { params: { path: { cid: id }, query } }))).toMatchObject({
      name: 'MaileonError',
      problem: 'contingent-not-found',
    });
    expect(server.requests.map((r) => `${r.method} ${r.query.get('key')}`)).toEqual(['GET', 'PUT', 'GET', 'DELETE', 'GET'].map((m) => `${m} ${MAILEON_KEY}`));
  });
});

describe("Maileon's error answers", () => {
  it('take the reason from a message field, and leave it out when the body has none', async () => {
    const withMessage = await useServer((_request, response) => sendJson(response, 404, { message: ' no such contingent ' }));
    expect(await caught(client(withMessage.origin).getContingent({ nlAccountId: 1, contingentId: 'a b' }))).toMatchObject({
      reason: 'no such contingent',
      message: `GET ${TEMPLATE} failed with 404 Not Found: newsletter account 1 has no contingent a b (Maileon says "no such contingent")`,
    });
    for (const body of [undefined, '"  "', '{"message":5}', '[]']) {
      const server = await useServer((_request, response) => sendRaw(response, 409, body, { 'content-type': 'application/json' }));
      const error = await caught(client(server.origin).updateContingent({ nlAccountId: 1, contingentId: 4, ...DETAILS }));
      expect(error).toMatchObject({ problem: 'contingent-value-below-used', reason: undefined });
      expect((error as Error).message).toBe(`POST ${TEMPLATE} failed with 409 Conflict: the value of contingent 4 cannot be set below the value already used`);
    }
  });

  it('word their message without a status text when the answer has none, and without an account the URL does not name', () => {
    const answer = {
      method: 'GET',
      pathTemplate: TEMPLATE,
      url: 'https://api.maileon.com/partner/settings/prepaids/contingents/contingent/9',
      body: undefined,
      requestId: undefined,
    };
    expect(new MaileonError('contingent-not-found', { ...answer, status: 404, statusText: '' }).message).toBe(
      `GET ${TEMPLATE} failed with 404: newsletter account (none) has no contingent 9`,
    );
  });

  it('cut a long reason to 200 characters', async () => {
    const server = await useServer((_request, response) => sendJson(response, 400, 'x'.repeat(300)));
    const error = await caught(client(server.origin).createContingent({ nlAccountId: 1, ...DETAILS }));
    expect((error as MaileonError).reason).toBe('x'.repeat(200));
  });

  it('stay plain ApiErrors where the pages document no such answer', async () => {
    const answers: Array<[number, (maileon: MaileonClient) => Promise<unknown>]> = [
      [400, (maileon) => maileon.getContingent({ nlAccountId: 1, contingentId: 1 })],
      [400, (maileon) => maileon.deleteContingent({ nlAccountId: 1, contingentId: 1 })],
      [400, (maileon) => maileon.getPrepaidStatus({ nlAccountId: 1 })],
      [404, (maileon) => maileon.getPrepaidStatus({ nlAccountId: 1 })],
      [404, (maileon) => maileon.createContingent({ nlAccountId: 1, ...DETAILS })],
      [409, (maileon) => maileon.getContingent({ nlAccountId: 1, contingentId: 1 })],
      [409, (maileon) => maileon.deleteContingent({ nlAccountId: 1, contingentId: 1 })],
      [409, (maileon) => maileon.updatePrepaidStatus({ nlAccountId: 1, active: true })],
      [500, (maileon) => maileon.updateContingent({ nlAccountId: 1, contingentId: 1, ...DETAILS })],
      [400, (maileon) => maileon.listContingents({ nlAccountId: 1 }).toArray({ max: 1 })],
      [404, (maileon) => maileon.listContingents({ nlAccountId: 1 }).toArray({ max: 1 })],
    ];
    for (const [status, call] of answers) {
      const server = await useServer((_request, response) => sendJson(response, status, 'no'));
      const error = await caught(call(client(server.origin)));
      expect({ status, name: (error as Error).name, api: isApiError(error), maileon: isMaileonError(error) }).toEqual({
        status,
        name: 'ApiError',
        api: true,
        maileon: false,
      });
    }
  });
});

describe('the options of the contingent helpers', () => {
  it('are checked before anything is sent, each error naming the helper, the option and what it got', async () => {
    const server = await useFakePrepaids();
    const maileon = client(server.origin);
    const cases: Array<[() => Promise<unknown>, string]> = [
      [() => maileon.getPrepaidStatus({ nlAccountId: Number.NaN }), 'getPrepaidStatus: nlAccountId must be an integer, got number NaN'],
      [() => maileon.getPrepaidStatus(undefined as never), 'getPrepaidStatus: nlAccountId must be an integer, got undefined'],
      [() => maileon.updatePrepaidStatus({ nlAccountId: '1' as never, active: true }), 'updatePrepaidStatus: nlAccountId must be an integer, got a string'],
      [() => maileon.getContingent({ nlAccountId: 1.5, contingentId: 1 }), 'getContingent: nlAccountId must be an integer, got number 1.5'],
      [
        () => maileon.getContingent({ nlAccountId: 1, contingentId: -1 }),
        'getContingent: contingentId must be a whole number or a non-empty string, got number -1',
      ],
      [
        () => maileon.getContingent({ nlAccountId: 1, contingentId: 1.5 }),
        'getContingent: contingentId must be a whole number or a non-empty string, got number 1.5',
      ],
      [
        () => maileon.deleteContingent({ nlAccountId: 1, contingentId: ' ' }),
        'deleteContingent: contingentId must be a whole number or a non-empty string, got a blank string',
      ],
      [
        () => maileon.deleteContingent({ nlAccountId: 1, contingentId: null as never }),
        'deleteContingent: contingentId must be a whole number or a non-empty string, got null',
      ],
      [
        () => maileon.updateContingent({ nlAccountId: 1, contingentId: 2 ** 53, ...DETAILS }),
        `updateContingent: contingentId must be a whole number or a non-empty string, got number ${2 ** 53}`,
      ],
      [() => maileon.createContingent({ nlAccountId: 1, ...DETAILS, expiryDate: '2026-12-31' }), expiry('createContingent', '"2026-12-31"')],
      [() => maileon.createContingent({ nlAccountId: 1, ...DETAILS, expiryDate: 'tomorrow' }), expiry('createContingent', '"tomorrow"')],
      [() => maileon.createContingent({ nlAccountId: 1, ...DETAILS, expiryDate: '2026-12-31T10:00:00' }), expiry('createContingent', '"2026-12-31T10:00:00"')],
      [
        () => maileon.createContingent({ nlAccountId: 1, ...DETAILS, expiryDate: '2026-12-31T10:00:00.Z' }),
        expiry('createContingent', '"2026-12-31T10:00:00.Z"'),
      ],
      [() => maileon.createContingent({ nlAccountId: 1, ...DETAILS, expiryDate: '2026-12-31T10Z' }), expiry('createContingent', '"2026-12-31T10Z"')],
      [
        () => maileon.createContingent({ nlAccountId: 1, ...DETAILS, expiryDate: '2026-13-45T10:00:00Z' }),
        expiry('createContingent', '"2026-13-45T10:00:00Z"'),
      ],
      [
        () => maileon.createContingent({ nlAccountId: 1, ...DETAILS, expiryDate: ' 2026-12-31T10:00:00Z' }),
        expiry('createContingent', '" 2026-12-31T10:00:00Z"'),
      ],
      [
        () => maileon.createContingent({ nlAccountId: 1, ...DETAILS, expiryDate: '2026-12-31T10:00:00Z ' }),
        expiry('createContingent', '"2026-12-31T10:00:00Z "'),
      ],
      [
        () => maileon.updateContingent({ nlAccountId: 1, contingentId: 1, ...DETAILS, expiryDate: 1_800_000_000_000 as never }),
        expiry('updateContingent', 'number 1800000000000'),
      ],
      [() => maileon.createContingent({ nlAccountId: 1, ...DETAILS, expiryDate: new Date('nope') }), 'createContingent: expiryDate is an invalid Date'],
      [
        () => maileon.createContingent({ nlAccountId: 1, ...DETAILS, contingentValue: 1.5 }),
        'createContingent: contingentValue must be a whole number, got number 1.5',
      ],
      [
        () => maileon.createContingent({ nlAccountId: 1, ...DETAILS, contingentValue: '5' as never }),
        'createContingent: contingentValue must be a whole number, got a string',
      ],
      [
        () => maileon.updateContingent({ nlAccountId: 1, contingentId: 1, ...DETAILS, name: undefined as never }),
        'updateContingent: name must be a string, got undefined',
      ],
      [() => maileon.createContingent({ nlAccountId: 1, ...DETAILS, name: 5 as never }), 'createContingent: name must be a string, got number 5'],
    ];
    for (const [call, message] of cases) {
      const error = await caught(call());
      expect({ configuration: isConfigurationError(error), message: (error as Error).message }).toEqual({ configuration: true, message });
    }
    expect(server.requests).toHaveLength(0);
  });

  it('take a negative contingent value and an empty name, which Maileon handles itself', async () => {
    const server = await useFakePrepaids();
    const created = await client(server.origin).createContingent({ nlAccountId: ACCOUNT, ...DETAILS, contingentValue: -5, name: '' });
    expect(server.bodyOf(server.requests[0])).toEqual({ ...DETAILS, contingentValue: -5, name: '' });
    expect(created.contingentValue).toBe(0);
  });
});

function expiry(helper: string, got: string): string {
  return `${helper}: expiryDate must be a Date or an ISO 8601 date-time with a time zone (2026-12-31T23:59:59+01:00), got ${got}`;
}
