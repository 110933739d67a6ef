// The XOVI client: the typed openapi-fetch client for generated/xovi.ts with the API key filled
// in, and helpers that unwrap XOVI's envelope: the credit state, the account's limits and the
// monitoring keyword quota, each as JSON (the result) or as XOVI's XML text.
//
// Where the key goes (spec/xovi/CURATION.md, X1): the reference puts it in the path
// (`/user/getCreditstate/{key}/{format}`); newer public code puts it in the query
// (`/user/getCreditstate?key=…&format=json`) and reports that XOVI answers the path form with a
// redirect to its login page. The client never follows a redirect (it would parse a login page):
// by default it uses the path form until XOVI answers it with a redirect, then repeats that call
// in the query form and keeps the query form for its lifetime, for every method. `keyIn` pins one form.
import { type Client, defaultPathSerializer } from 'openapi-fetch';
import type { paths } from '../../generated/xovi.js';
import { answerDetails, describeAnswer, type HelperCall } from '../core/answers.js';
import { type AuthHook, type CallOptions, type CommonClientOptions, createCoreClient, helperInit } from '../core/create-core-client.js';
import { ApiError, type ApiErrorDetails, ConfigurationError, ResponseParseError, requireNonEmptyString } from '../core/errors.js';
import { Redactor } from '../core/redaction/redactor.js';
import type { OmitParam } from '../core/types/omit-param.js';
import { type CreditState, isCreditState } from './credit-state.js';
import { envelopeError, isSuccess, readJsonEnvelope, readXmlEnvelope } from './envelope.js';
import { isXoviAuthError, XoviAuthError } from './errors.js';
import { type KeywordLimits, readKeywordLimits, readXoviLimits, type XoviLimit } from './limits.js';

const XOVI_BASE_URL = 'https://suite.xovi.net/api';

/** One XOVI method in its two key placements, and what its `apiResult` must be. */
interface XoviMethod<Result> {
  pathForm: string;
  queryForm: string;
  /** What `apiResult` must be, for the error when it is not. */
  expected: string;
  read(result: unknown): Result | undefined;
}

const CREDIT_STATE: XoviMethod<CreditState> = {
  pathForm: '/user/getCreditstate/{key}/{format}',
  queryForm: '/user/getCreditstate',
  expected: 'a credit state',
  read: (result) => (isCreditState(result) ? result : undefined),
};
const XOVI_LIMITS: XoviMethod<XoviLimit[]> = {
  pathForm: '/user/getXoviLimits/{key}/{format}',
  queryForm: '/user/getXoviLimits',
  expected: 'a list of limits ({ name, value })',
  read: readXoviLimits,
};
const KEYWORD_LIMITS: XoviMethod<KeywordLimits> = {
  pathForm: '/monitor/getKeywordLimits/{key}/{format}',
  queryForm: '/monitor/getKeywordLimits',
  expected: 'a list of one keyword limit ({ total, used })',
  read: readKeywordLimits,
};

/** The XOVI paths with the `key` parameter (path or query) filled in by the client. */
export type XoviPaths = OmitParam<paths, 'key'>;

/** Where the XOVI key goes: in the path (`/user/getCreditstate/{key}/{format}`) or the query (`?key=…`). */
export type XoviKeyPlacement = 'path' | 'query';

export interface XoviClientOptions extends CommonClientOptions {
  /** Your XOVI API key. It travels in the URL (path or query) and is masked in every error and log line. */
  apiKey: string;
  /** Pin where the key goes. Default: the path form, switching to the query form for good when XOVI redirects the path form to its login page. */
  keyIn?: XoviKeyPlacement;
}

/**
 * The typed openapi-fetch client (`xovi.GET(...)`; `key` is filled in, `format` is yours) plus
 * helpers that unwrap the envelope. Each throws XoviError (XoviCostError, XoviAuthError,
 * XoviParamError; `no permission` and XOVI's other messages as XoviError) for an error in the
 * envelope, whatever the HTTP status, and ResponseParseError when `apiResult` is not what the method returns.
 */
export interface XoviClient extends Client<XoviPaths, 'application/json'> {
  /** The credit state (`getCreditstate`). */
  getCreditState(options?: CallOptions): Promise<CreditState>;
  /** The credit state as XOVI's XML text. */
  getCreditStateXml(options?: CallOptions): Promise<string>;
  /** Every limit of the account (`getXoviLimits`) as XOVI lists them: `{ name, value }`, e.g. `{ name: 'monitoringKeywords', value: 5000 }`. */
  getXoviLimits(options?: CallOptions): Promise<XoviLimit[]>;
  /** The account's limits as XOVI's XML text. */
  getXoviLimitsXml(options?: CallOptions): Promise<string>;
  /** The monitoring keyword quota (`getKeywordLimits`): `{ total, used }`, unwrapped from XOVI's one-element list. */
  getKeywordLimits(options?: CallOptions): Promise<KeywordLimits>;
  /** The monitoring keyword quota as XOVI's XML text. */
  getKeywordLimitsXml(options?: CallOptions): Promise<string>;
}

type UntypedGet = (path: string, init: object) => Promise<{ data?: unknown; response: Response }>;

/**
 * The XOVI client: the typed openapi-fetch client (base URL `https://suite.xovi.net/api`) with the
 * API key filled in, and helpers that unwrap XOVI's envelope: the credit state, the account's
 * limits and the monitoring keyword quota. It never follows a redirect. Bad options are a
 * ConfigurationError here, before anything is sent.
 */
export function createXoviClient(options: XoviClientOptions): XoviClient {
  const apiKey = requireNonEmptyString('createXoviClient: apiKey', options?.apiKey);
  if (options.keyIn !== undefined && options.keyIn !== 'path' && options.keyIn !== 'query') {
    throw new ConfigurationError('createXoviClient: keyIn', `must be 'path' or 'query', got ${String(options.keyIn)}`);
  }
  const redactor = new Redactor([apiKey]);
  const { apiKey: _key, keyIn: _keyIn, ...common } = options;
  const { client } = createCoreClient<XoviPaths, 'application/json'>({
    ...common,
    baseUrl: options.baseUrl ?? XOVI_BASE_URL,
    redactor,
    redirect: 'manual',
    pathSerializer: (pathname, pathParams) => defaultPathSerializer(pathname, { format: 'json', ...pathParams, key: apiKey }),
    auth: keyInQueryUnlessInPath(apiKey),
    apiError: (details) => xoviApiError(details, redactor),
  });

  let keyIn: XoviKeyPlacement = options.keyIn ?? 'path';
  const pinned = options.keyIn !== undefined;

  /** One call in the current form; the first login redirect of the path form switches the client to the query form. */
  async function inCurrentForm<Answer>(call: (form: XoviKeyPlacement) => Promise<Answer>): Promise<Answer> {
    const form = keyIn;
    try {
      return await call(form);
    } catch (error) {
      if (pinned || form !== 'path' || !isXoviAuthError(error) || error.problem !== 'login-redirect') throw error;
      // Calls sent at the same time may all be redirected: the switch is logged once.
      if (keyIn === 'path') {
        keyIn = 'query';
        options.log?.({
          level: 'debug',
          message: 'XOVI redirected the path form of the key to its login page; using the query form from now on',
          method: 'GET',
          url: error.url,
          attempt: 0,
        });
      }
      return call('query');
    }
  }

  // The three methods take the same parameters in each form; their paths differ only in name.
  const get = client.GET as unknown as UntypedGet;
  const send = (method: XoviMethod<unknown>, form: XoviKeyPlacement, format: 'json' | 'xml', callOptions: CallOptions | undefined) => {
    const init = { ...helperInit(callOptions), parseAs: format === 'json' ? 'json' : 'text' };
    return form === 'path'
      ? get(method.pathForm, { ...init, params: { path: { format } } })
      : get(method.queryForm, { ...init, params: { query: { format } } });
  };
  const helperCall = (method: XoviMethod<unknown>, form: XoviKeyPlacement): HelperCall => ({
    method: 'GET',
    pathTemplate: form === 'path' ? method.pathForm : method.queryForm,
    redactor,
  });

  /** The method's `apiResult` from a JSON envelope that says `0k.`. */
  const readJson =
    <Result>(method: XoviMethod<Result>) =>
    (callOptions?: CallOptions): Promise<Result> =>
      inCurrentForm(async (form) => {
        const { data, response } = await send(method, form, 'json', callOptions);
        const call = helperCall(method, form);
        const envelope = readJsonEnvelope(data);
        if (!envelope) throw new ResponseParseError(describeAnswer(response, call), 'expected the XOVI envelope (apiErrorCode, apiErrorMessage)');
        if (!isSuccess(envelope)) throw envelopeError(envelope, answerDetails(response, call, data), redactor);
        const result = method.read(envelope.result);
        if (result === undefined) throw new ResponseParseError(describeAnswer(response, call), `the envelope says 0k. but apiResult is not ${method.expected}`);
        return result;
      });

  /** The method's XML text, once its envelope says `0k.`. */
  const readXml =
    (method: XoviMethod<unknown>) =>
    (callOptions?: CallOptions): Promise<string> =>
      inCurrentForm(async (form) => {
        const { data, response } = await send(method, form, 'xml', callOptions);
        const xml = typeof data === 'string' ? data : '';
        const envelope = readXmlEnvelope(xml);
        if (!envelope) throw new ResponseParseError(describeAnswer(response, helperCall(method, form)), 'expected an XML <result> envelope');
        if (!isSuccess(envelope)) throw envelopeError(envelope, answerDetails(response, helperCall(method, form), xml), redactor);
        return xml;
      });

  return Object.assign(client, {
    getCreditState: readJson(CREDIT_STATE),
    getCreditStateXml: readXml(CREDIT_STATE),
    getXoviLimits: readJson(XOVI_LIMITS),
    getXoviLimitsXml: readXml(XOVI_LIMITS),
    getKeywordLimits: readJson(KEYWORD_LIMITS),
    getKeywordLimitsXml: readXml(KEYWORD_LIMITS),
  });
}

/** The query form carries the key as `key`; a request whose path already has it (the path form) is left alone. */
function keyInQueryUnlessInPath(apiKey: string): AuthHook {
  const keySegment = `/${encodeURIComponent(apiKey)}/`;
  return {
    authorize(request) {
      if (request.url.includes(keySegment)) return request;
      const url = new URL(request.url);
      url.searchParams.set('key', apiKey);
      return new Request(url, request);
    },
  };
}

/**
 * XOVI's error for a non-2xx answer: a redirect (status 3xx, or 0 for a browser's opaque
 * redirect) goes to the login page and means the key was not accepted in that form; an envelope
 * is the error it names; anything else is a plain ApiError.
 */
function xoviApiError(details: ApiErrorDetails, redactor: Redactor): Error {
  if (details.status === 0 || (details.status >= 300 && details.status < 400)) {
    return new XoviAuthError('login-redirect', { ...details, apiErrorMessage: 'a redirect to the login page', apiErrorCode: undefined, credits: undefined });
  }
  const envelope = typeof details.body === 'string' ? readXmlEnvelope(details.body) : readJsonEnvelope(details.body);
  return envelope ? envelopeError(envelope, details, redactor) : new ApiError(details);
}
