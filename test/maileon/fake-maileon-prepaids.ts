// A Maileon on 127.0.0.1 that keeps one newsletter account's prepaid setting and contingents and
// answers the prepaid operations as the Partner API pages describe them (spec/maileon/CURATION.md
// P1–P7): JSON bodies, 400 for invalid JSON or values, 404 for a contingent the account does not
// have, 409 for an update below the used value, each error body a JSON string (M4); 401 without
// the key.
import type { ServerResponse } from 'node:http';
import type { Contingent } from 'creditline/maileon';
import { type RecordedRequest, sendJson, sendRaw, type TestServer, useServer } from '../support/http-server.js';
import { contingent, MAILEON_KEY } from './fake-maileon.js';

export const ACCOUNT = 12345;
export const STATUS_PATH = '/partner/settings/prepaids/status';
export const CONTINGENTS_PATH = '/partner/settings/prepaids/contingents';
export const contingentPath = (id: number | string) => `${CONTINGENTS_PATH}/contingent/${id}`;

export interface FakePrepaidsOptions {
  /** The contingents of the account (default: contingent 123, 10 of 1000 used). */
  contingents?: Contingent[];
  /** Whether prepaid handling is on (default true). */
  active?: boolean;
  /** How a delete is answered (default 204 without a body). */
  deleteAnswer?: { status: number; body?: string };
}

export interface FakePrepaids extends TestServer {
  contingents: Map<string, Contingent>;
  /** The JSON body of a recorded request. */
  bodyOf(request: RecordedRequest | undefined): unknown;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

export async function useFakePrepaids(options: FakePrepaidsOptions = {}): Promise<FakePrepaids> {
  const contingents = new Map((options.contingents ?? [{ ...contingent(123), usedValue: 10 }]).map((c) => [String(c.id), c]));
  let active = options.active ?? true;
  let nextId = 1000;
  const refuse = (response: ServerResponse, status: number, text: string) => sendJson(response, status, text);

  const server = await useServer((request, response) => {
    if (request.query.get('key') !== MAILEON_KEY) return sendRaw(response, 401);
    if (request.query.get('nl_account_id') !== String(ACCOUNT)) return refuse(response, 404, 'Not found');
    const body = parse(request);
    if (request.path === STATUS_PATH && request.method === 'GET') return sendJson(response, 200, { active });
    if (request.path === STATUS_PATH && request.method === 'POST') {
      if (body === undefined) return refuse(response, 400, 'invalid JSON');
      const wanted = (body as { active?: unknown }).active;
      if (typeof wanted !== 'boolean') return refuse(response, 400, 'invalid value for status');
      const oldState = active ? 'active' : 'inactive';
      active = wanted;
      return sendJson(response, 200, { oldState, newState: active ? 'active' : 'inactive' });
    }
    if (request.path === CONTINGENTS_PATH && request.method === 'PUT') {
      const details = detailsOf(body);
      if (!details) return refuse(response, 400, 'invalid date');
      const value = Math.max(0, details.contingentValue);
      const created: Contingent = {
        ...contingent(nextId++),
        ...details,
        contingentValue: value,
        availableValue: value,
        usedValue: 0,
        author: 'PARTNER-API-test',
      };
      contingents.set(String(created.id), created);
      return sendJson(response, 200, created);
    }
    const cid = /^\/partner\/settings\/prepaids\/contingents\/contingent\/([^/]+)$/.exec(request.path)?.[1];
    const known = cid === undefined ? undefined : contingents.get(decodeURIComponent(cid));
    if (cid === undefined) return refuse(response, 404, 'Not found');
    if (!known) return refuse(response, 404, 'Not found');
    if (request.method === 'GET') return sendJson(response, 200, known);
    if (request.method === 'DELETE') {
      contingents.delete(String(known.id));
      const answer = options.deleteAnswer ?? { status: 204 };
      return sendRaw(response, answer.status, answer.body, answer.body === undefined ? {} : { 'content-type': 'application/json' });
    }
    const details = detailsOf(body);
    if (!details) return refuse(response, 400, 'invalid date');
    const value = Math.max(0, details.contingentValue);
    if (value < known.usedValue) return refuse(response, 409, 'contingent value < used value');
    const updated = { ...known, ...details, contingentValue: value, availableValue: value - known.usedValue };
    contingents.set(String(known.id), updated);
    return sendJson(response, 200, updated);
  });
  return Object.assign(server, { contingents, bodyOf: (request: RecordedRequest | undefined) => parse(request) });
}

function parse(request: RecordedRequest | undefined): unknown {
  try {
    return JSON.parse(request?.body ?? '') as unknown;
  } catch {
    return undefined;
  }
}

function detailsOf(body: unknown): { expiryDate: string; contingentValue: number; name: string } | undefined {
  const { expiryDate, contingentValue, name } = (body ?? {}) as Record<string, unknown>;
  const valid = typeof expiryDate === 'string' && DATE_TIME.test(expiryDate) && Number.isInteger(contingentValue) && typeof name === 'string';
  return valid ? { expiryDate, contingentValue: contingentValue as number, name } : undefined;
}
