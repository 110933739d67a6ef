// The XOVI client: the typed openapi-fetch client for generated/xovi.ts with the API key filled
// in, and `getCreditState` / `getCreditStateXml`, which unwrap XOVI's envelope.
//
// Where the key goes (spec/xovi/CURATION.md, X1): the reference puts it in the path
// (`/user/getCreditstate/{key}/{format}`); newer public code puts it in the query
// (`/user/getCreditstate?key=…&format=json`) and reports that XOVI answers the path form with a
// redirect to its login page. The client never follows a redirect (it would parse a login page):
// by default it uses the path form until XOVI answers it with a redirect, then repeats that call
// in the query form and keeps the query form for its lifetime. `keyIn` pins one form.
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

const XOVI_BASE_URL = 'https://suite.xovi.net/api';
const PATH_FORM = '/user/getCreditstate/{key}/{format}';
const QUERY_FORM = '/user/getCreditstate';

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

/** The typed openapi-fetch client (`xovi.GET(...)`; `key` is filled in, `format` is yours) plus the credit-state helpers. */
export interface XoviClient extends Client<XoviPaths, 'application/json'> {
  /** The credit state, unwrapped from the envelope; throws XoviError (XoviCostError, XoviAuthError, XoviParamError) for XOVI's errors. */
  getCreditState(options?: CallOptions): Promise<CreditState>;
  /** The credit state as XOVI's XML text; envelope errors still throw XoviError. */
  getCreditStateXml(options?: CallOptions): Promise<string>;
}

/**
 * The XOVI client: the typed openapi-fetch client (base URL `https://suite.xovi.net/api`) with the
 * API key filled in, and the credit state unwrapped from XOVI's envelope. It never follows a
 * redirect. Bad options are a ConfigurationError here, before anything is sent.
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

  /** One credit-state call in the current form; the first login redirect of the path form switches to the query form. */
  async function creditStateCall<Answer>(call: (form: XoviKeyPlacement) => Promise<Answer>): Promise<Answer> {
    const form = keyIn;
    try {
      return await call(form);
    } catch (error) {
      if (pinned || form !== 'path' || !isXoviAuthError(error) || error.problem !== 'login-redirect') throw error;
      keyIn = 'query';
      options.log?.({
        level: 'debug',
        message: 'XOVI redirected the path form of the key to its login page; using the query form from now on',
        method: 'GET',
        url: error.url,
        attempt: 0,
      });
      return call('query');
    }
  }

  const call = (form: XoviKeyPlacement): HelperCall => ({ method: 'GET', pathTemplate: form === 'path' ? PATH_FORM : QUERY_FORM, redactor });
  const get = (form: XoviKeyPlacement, format: 'json' | 'xml', callOptions: CallOptions | undefined) => {
    const init = { ...helperInit(callOptions), parseAs: format === 'json' ? ('json' as const) : ('text' as const) };
    return form === 'path'
      ? client.GET(PATH_FORM, { ...init, params: { path: { format } } })
      : client.GET(QUERY_FORM, { ...init, params: { query: { format } } });
  };

  return Object.assign(client, {
    getCreditState: (callOptions?: CallOptions) =>
      creditStateCall(async (form) => {
        const { data, response } = await get(form, 'json', callOptions);
        const envelope = readJsonEnvelope(data);
        if (!envelope) throw new ResponseParseError(describeAnswer(response, call(form)), 'expected the XOVI envelope (apiErrorCode, apiErrorMessage)');
        if (!isSuccess(envelope)) throw envelopeError(envelope, answerDetails(response, call(form), data), redactor);
        if (!isCreditState(envelope.result))
          throw new ResponseParseError(describeAnswer(response, call(form)), 'the envelope says 0k. but apiResult is not a credit state');
        return envelope.result;
      }),
    getCreditStateXml: (callOptions?: CallOptions) =>
      creditStateCall(async (form) => {
        const { data, response } = await get(form, 'xml', callOptions);
        const xml = typeof data === 'string' ? data : '';
        const envelope = readXmlEnvelope(xml);
        if (!envelope) throw new ResponseParseError(describeAnswer(response, call(form)), 'expected an XML <result> envelope');
        if (!isSuccess(envelope)) throw envelopeError(envelope, answerDetails(response, call(form), xml), redactor);
        return xml;
      }),
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
