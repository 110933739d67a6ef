// A XOVI on 127.0.0.1 that answers the credit state, the account's limits and the monitoring
// keyword quota in either key placement, and can redirect path-form calls to a login page as
// public code reports XOVI does now (spec/xovi/CURATION.md X1).
import { type RecordedRequest, sendJson, sendRaw, type TestServer, useServer } from '../support/http-server.js';
import { CREDIT_STATE_ANSWER } from '../support/xovi-credit-state.js';

export const XOVI_KEY = 'xovi-secret-key-4711';

export { CREDIT_STATE } from '../support/xovi-credit-state.js';
export const SUCCESS = CREDIT_STATE_ANSWER;

/** The account's limits: XOVI's two values of its example and one more. */
export const XOVI_LIMITS = [
  { name: 'monitoringKeywords', value: 5000 },
  { name: 'socialUrls', value: 10000 },
  { name: 'subaccountsReadonly', value: 10 },
];
/** XOVI's example of the monitoring keyword quota. */
export const KEYWORD_LIMITS = { total: 5000, used: 264 };

export const SUCCESS_XML = '<?xml version="1.0"?><result><apiErrorCode>0</apiErrorCode><apiErrorMessage>0k.</apiErrorMessage><apiResult/></result>';

export type XoviMethodName = 'getCreditstate' | 'getXoviLimits' | 'getKeywordLimits';

const DEFAULT_ANSWERS: Record<XoviMethodName, unknown> = {
  getCreditstate: SUCCESS,
  getXoviLimits: { apiErrorCode: 0, apiErrorMessage: '0k.', apiResult: XOVI_LIMITS },
  getKeywordLimits: { apiErrorCode: 0, apiErrorMessage: '0k.', apiResult: [KEYWORD_LIMITS] },
};

export type FormBehaviour = 'answer' | 'redirect-to-login';

export interface FakeXoviOptions {
  pathForm?: FormBehaviour;
  queryForm?: FormBehaviour;
  /** The JSON envelope for answered JSON calls of every method (XML calls get SUCCESS_XML). */
  body?: unknown;
  /** The JSON envelope of one method, over `body`. */
  answers?: Partial<Record<XoviMethodName, unknown>>;
  status?: number;
}

/** Which method a recorded request called. */
export function methodOf(request: RecordedRequest): XoviMethodName {
  return (['getXoviLimits', 'getKeywordLimits'] as const).find((name) => request.path.includes(`/${name}`)) ?? 'getCreditstate';
}

/** Which form a recorded request used. */
export function keyPlacement(request: RecordedRequest): 'path' | 'query' {
  return request.path.endsWith(`/${methodOf(request)}`) ? 'query' : 'path';
}

export async function useFakeXovi(options: FakeXoviOptions = {}): Promise<TestServer> {
  const server = await useServer((request, response) => {
    const form = keyPlacement(request);
    const behaviour = (form === 'path' ? options.pathForm : options.queryForm) ?? 'answer';
    if (behaviour === 'redirect-to-login') {
      // The login page's address carries the key back, as a careless server might.
      sendRaw(response, 302, '<html>moved</html>', {
        location: `${server.origin}/login?return=/api/user/getCreditstate/${XOVI_KEY}/json`,
        'content-type': 'text/html',
      });
      return;
    }
    const xml = form === 'path' ? request.path.endsWith('/xml') : request.query.get('format') === 'xml';
    const method = methodOf(request);
    if (xml) sendRaw(response, options.status ?? 200, SUCCESS_XML, { 'content-type': 'application/xml' });
    else sendJson(response, options.status ?? 200, options.answers?.[method] ?? options.body ?? DEFAULT_ANSWERS[method]);
  });
  return server;
}
