import { defaultPathSerializer, type Client } from 'openapi-fetch';
import type { components, paths } from '../../generated/xovi.js';
import { createCoreClient, type CommonClientOptions } from '../core/create-core-client.js';
import { isApiError } from '../core/errors/api-error.js';
import { requireNonEmptyString } from '../core/errors/configuration-error.js';
import { ResponseParseError } from '../core/errors/response-parse-error.js';
import { Redactor } from '../core/redaction/redactor.js';
import type { OmitPathParam } from '../core/types/omit-path-param.js';
import { SUCCESS_MESSAGE, envelopeError, isEnvelope, readXmlEnvelope } from './envelope.js';

export const XOVI_BASE_URL = 'https://suite.xovi.net/api';
const CREDITSTATE_PATH = '/user/getCreditstate/{key}/{format}';

export type CreditState = components['schemas']['Creditstate'];
/** The XOVI paths with the `key` path parameter filled in by the client. */
export type XoviPaths = OmitPathParam<paths, 'key'>;

export interface XoviClientOptions extends CommonClientOptions {
  /** Your XOVI API key. It travels in the URL path and is masked in every error and log line. */
  apiKey: string;
}

export interface CallSignal {
  signal?: AbortSignal;
}

export interface XoviClient {
  /** The typed openapi-fetch client; `key` is filled in, `format` is yours to choose. JSON is typed; use `parseAs: 'text'` for XML. */
  client: Client<XoviPaths, 'application/json'>;
  /** The credit state, unwrapped from the envelope; throws XoviError (XoviCostError for `cost error`). */
  getCreditState(options?: CallSignal): Promise<CreditState>;
  /** The credit state as XOVI's XML text; envelope errors still throw XoviError. */
  getCreditStateXml(options?: CallSignal): Promise<string>;
}

export function createXoviClient(options: XoviClientOptions): XoviClient {
  const apiKey = requireNonEmptyString('createXoviClient: apiKey', options.apiKey);
  const { client } = createCoreClient<XoviPaths, 'application/json'>({
    ...options,
    baseUrl: options.baseUrl ?? XOVI_BASE_URL,
    redactor: new Redactor([apiKey]),
    pathSerializer: (pathname, pathParams) => defaultPathSerializer(pathname, { format: 'json', ...pathParams, key: apiKey }),
  });

  return {
    client,
    async getCreditState({ signal } = {}) {
      const { data, response } = await client
        .GET(CREDITSTATE_PATH, { params: { path: { format: 'json' } }, ...(signal ? { signal } : {}) })
        .catch(rethrowEnvelope);
      if (!isEnvelope(data)) throw new ResponseParseError('GET', CREDITSTATE_PATH, 'expected the apiErrorCode/apiErrorMessage envelope');
      if (data.apiErrorMessage !== SUCCESS_MESSAGE || (typeof data.apiErrorCode === 'number' && data.apiErrorCode !== 0)) {
        throw envelopeError(data.apiErrorMessage, numberOrUndefined(data.apiErrorCode), response.status);
      }
      if (!data.apiResult) throw new ResponseParseError('GET', CREDITSTATE_PATH, 'the envelope says 0k. but has no apiResult');
      return data.apiResult;
    },
    async getCreditStateXml({ signal } = {}) {
      const { data, response } = await client
        .GET(CREDITSTATE_PATH, { params: { path: { format: 'xml' } }, parseAs: 'text', ...(signal ? { signal } : {}) })
        .catch(rethrowEnvelope);
      const xml = data ?? '';
      const { code, message } = readXmlEnvelope(xml);
      if (message === undefined) throw new ResponseParseError('GET', CREDITSTATE_PATH, 'expected an XML <result> envelope');
      if (message !== SUCCESS_MESSAGE) throw envelopeError(message, code, response.status);
      return xml;
    },
  };
}

/** A non-2xx response that still carries the envelope is reported as the XOVI error it names. */
function rethrowEnvelope(error: unknown): never {
  if (isApiError(error)) {
    if (isEnvelope(error.body)) throw envelopeError(error.body.apiErrorMessage, numberOrUndefined(error.body.apiErrorCode), error.status);
    if (typeof error.body === 'string') {
      const { code, message } = readXmlEnvelope(error.body);
      if (message !== undefined) throw envelopeError(message, code, error.status);
    }
  }
  throw error;
}

function numberOrUndefined(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}
