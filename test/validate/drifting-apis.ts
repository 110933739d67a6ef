// One server on 127.0.0.1 that plays Nue, XOVI and Maileon and answers each credit call either as
// the spec says (`clean`) or with one kind of drift each: an unknown property in a closed object
// (XOVI), a missing required property and an enum value not in the spec (Maileon), a number sent
// as a string, a wrong content type and an undocumented status (Nue). Every value that must
// never reach a report holds `VALUE`.
import { createMaileonClient } from 'creditline/maileon';
import { createNueClient } from 'creditline/nue';
import { createXoviClient } from 'creditline/xovi';
import { contingent } from '../maileon/fake-maileon.js';
import { pool } from '../nue-client/fake-nue-credits.js';
import { sendJson, sendRaw, type TestServer, useServer } from '../support/http-server.js';
import { CREDIT_STATE_ANSWER } from '../support/xovi-credit-state.js';

export const KEYS = { xovi: 'xovi-key-VALUE-1', maileon: 'maileon-key-VALUE-2', nue: 'nue-key-VALUE-3' };
export const CUSTOMER = 'cus-VALUE-42';

const { author: _author, ...contingentWithoutAuthor } = contingent(1);

/** What the server sends for each call, drifting or clean. */
export function answers(drift: boolean) {
  return {
    creditState: drift ? { ...CREDIT_STATE_ANSWER, apiResult: { ...CREDIT_STATE_ANSWER.apiResult, resellerNote: 'VALUE-note' } } : CREDIT_STATE_ANSWER,
    contingents: drift ? [{ ...contingentWithoutAuthor, status: 'VALUE-paused' }] : [contingent(1)],
    pools: { status: 'success', data: [drift ? { ...pool(1), balance: '750.25' } : pool(1)], pagination: { total: 1 } },
    creditStats: { status: 'success', data: { accountCreditPoolStats: { 'pool-VALUE-1': { totalBalance: 720 } }, summary: { totalBalance: 720 } } },
  };
}

export async function useDriftingApis(drift = true): Promise<TestServer> {
  const body = answers(drift);
  return useServer((request, response) => {
    if (request.path.startsWith('/user/getCreditstate/')) return sendJson(response, 200, body.creditState);
    if (request.path === '/partner/settings/prepaids/contingents') return sendJson(response, 200, body.contingents);
    if (request.path.endsWith('/account-credit-pools')) return sendJson(response, 200, body.pools);
    if (request.path.endsWith('/credit-stats'))
      return sendRaw(response, 200, JSON.stringify(body.creditStats), { 'content-type': drift ? 'text/plain; charset=VALUE' : 'application/json' });
    if (request.path.endsWith('/credit-flows')) {
      if (drift) return sendJson(response, 418, { message: 'VALUE-teapot' });
      return sendJson(response, 200, { status: 'success', data: [], pagination: { total: 0 } });
    }
    sendRaw(response, 404);
  });
}

/** The three clients against that server, without retries. */
export function clients(server: TestServer) {
  const common = { baseUrl: server.origin, retry: { retries: 0 } };
  return {
    xovi: createXoviClient({ ...common, apiKey: KEYS.xovi }),
    maileon: createMaileonClient({ ...common, apiKey: KEYS.maileon }),
    nue: createNueClient({ ...common, auth: { apiKey: KEYS.nue } }),
  };
}
