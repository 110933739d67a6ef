// The prepaid helpers of the Maileon client: the prepaid status of a newsletter account (read
// and set) and one contingent (read, create, update, delete), each with `nl_account_id` filled in
// from `nlAccountId`, the options checked before anything is sent, and the answer checked to be
// what the operation declares (spec/maileon/CURATION.md P1–P6). The status answer's fields are
// inferred (P1): it is handed out as the object Maileon sent.
import type { Client } from 'openapi-fetch';
import type { components, paths } from '../../generated/maileon.js';
import { type HelperCall, parseJsonAnswer } from '../core/answers.js';
import { type CallOptions, helperInit } from '../core/create-core-client.js';
import { ConfigurationError, describeValue } from '../core/errors.js';
import type { Redactor } from '../core/redaction/redactor.js';
import { CONTINGENT_PATH, CONTINGENTS_PATH, PREPAID_STATUS_PATH } from './paths.js';

/**
 * A prepaid contingent as Maileon answers it (schema `Contingent`): its size (`contingentValue`),
 * the part used and what is left, with its name, state, expiry date and author.
 *
 * @useDeclaredType
 */
export type Contingent = components['schemas']['Contingent'];
/**
 * The prepaid setting as Maileon answers it (schema `PrepaidStatus`); only `active` is expected,
 * and even that is inferred (spec/maileon/CURATION.md P1).
 *
 * @useDeclaredType
 */
export type PrepaidStatus = components['schemas']['PrepaidStatus'];
/**
 * The old and the new state of the prepaid setting, `active` or `inactive` (schema `PrepaidStatusChange`).
 *
 * @useDeclaredType
 */
export type PrepaidStatusChange = components['schemas']['PrepaidStatusChange'];

export interface PrepaidStatusOptions extends CallOptions {
  /** The newsletter account (`nl_account_id`). */
  nlAccountId: number;
}

export interface UpdatePrepaidStatusOptions extends PrepaidStatusOptions {
  /** `true` switches prepaid handling on, `false` off. */
  active: boolean;
}

export interface ContingentOptions extends PrepaidStatusOptions {
  /** The contingent's `id` (Maileon's `cid`): a whole number, or its text. */
  contingentId: number | string;
}

/** What a partner sets of a contingent; Maileon takes all three on creation and on every update. */
export interface ContingentFields {
  /** When the contingent expires: an ISO 8601 date-time with a time zone (sent as given), or a Date (sent in UTC). */
  expiryDate: string | Date;
  /** The size of the contingent, a whole number. Maileon sets a negative value to 0 and refuses (409) an update below the value already used. */
  contingentValue: number;
  /** The contingent's name, as shown in Maileon. */
  name: string;
}

export interface CreateContingentOptions extends PrepaidStatusOptions, ContingentFields {}

export interface UpdateContingentOptions extends ContingentOptions, ContingentFields {}

export interface MaileonPrepaidHelpers {
  /** Whether prepaid handling is active: the answer of `GET …/prepaids/status` as Maileon sent it (a JSON object; `active` is inferred). */
  getPrepaidStatus(options: PrepaidStatusOptions): Promise<PrepaidStatus>;
  /** Switches prepaid handling on or off; resolves with the old and the new state. A 400 is a MaileonError (`invalid-request`). */
  updatePrepaidStatus(options: UpdatePrepaidStatusOptions): Promise<PrepaidStatusChange>;
  /** One contingent; an id the account does not have is a MaileonError (`contingent-not-found`). */
  getContingent(options: ContingentOptions): Promise<Contingent>;
  /** Creates a contingent and resolves with it. A 400 is a MaileonError (`invalid-request`). */
  createContingent(options: CreateContingentOptions): Promise<Contingent>;
  /** Sets a contingent's expiry date, value and name and resolves with it; MaileonError `contingent-value-below-used` (409), `contingent-not-found`, `invalid-request`. */
  updateContingent(options: UpdateContingentOptions): Promise<Contingent>;
  /** Deletes a contingent; an id the account does not have is a MaileonError (`contingent-not-found`). */
  deleteContingent(options: ContingentOptions): Promise<void>;
}

/** An ISO 8601 date-time with a time zone, as the pages' examples write them. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

export function createPrepaidHelpers(client: Client<paths>, redactor: Redactor): MaileonPrepaidHelpers {
  const call = (method: string, pathTemplate: string): HelperCall => ({ method, pathTemplate, redactor });
  /** The answer's text, read as a JSON object, or a ResponseParseError naming what was expected. */
  const object = <Answer>(answer: { data?: string; response: Response }, origin: HelperCall, expected: string) =>
    parseJsonAnswer(answer.data ?? '', answer.response, origin, expected) as Answer;
  const init = (options: CallOptions) => ({ ...helperInit(options), parseAs: 'text' as const });

  return {
    async getPrepaidStatus(options) {
      const query = { nl_account_id: checkAccount('getPrepaidStatus', options) };
      const answer = await client.GET(PREPAID_STATUS_PATH, { ...init(options), params: { query } });
      return object<PrepaidStatus>(answer, call('GET', PREPAID_STATUS_PATH), 'the prepaid status (a JSON object)');
    },
    async updatePrepaidStatus(options) {
      const query = { nl_account_id: checkAccount('updatePrepaidStatus', options) };
      if (typeof options.active !== 'boolean')
        throw new ConfigurationError('updatePrepaidStatus: active', `must be true or false, got ${describeValue(options.active)}`);
      const answer = await client.POST(PREPAID_STATUS_PATH, { ...init(options), params: { query }, body: { active: options.active } });
      return object<PrepaidStatusChange>(answer, call('POST', PREPAID_STATUS_PATH), 'the old and the new state ({ oldState, newState })');
    },
    async getContingent(options) {
      const params = contingentParams('getContingent', options);
      const answer = await client.GET(CONTINGENT_PATH, { ...init(options), params });
      return object<Contingent>(answer, call('GET', CONTINGENT_PATH), 'a contingent (a JSON object)');
    },
    async createContingent(options) {
      const query = { nl_account_id: checkAccount('createContingent', options) };
      const body = contingentBody('createContingent', options);
      const answer = await client.PUT(CONTINGENTS_PATH, { ...init(options), params: { query }, body });
      return object<Contingent>(answer, call('PUT', CONTINGENTS_PATH), 'the new contingent (a JSON object)');
    },
    async updateContingent(options) {
      const params = contingentParams('updateContingent', options);
      const body = contingentBody('updateContingent', options);
      const answer = await client.POST(CONTINGENT_PATH, { ...init(options), params, body });
      return object<Contingent>(answer, call('POST', CONTINGENT_PATH), 'the contingent (a JSON object)');
    },
    async deleteContingent(options) {
      const params = contingentParams('deleteContingent', options);
      // Neither the success status nor a body is documented (P6): whatever comes with a 2xx is read and dropped.
      await client.DELETE(CONTINGENT_PATH, { ...init(options), params });
    },
  };
}

/** The newsletter account id: an integer (shared with listContingents). */
export function checkAccount(helper: string, options: { nlAccountId: number } | undefined): number {
  const nlAccountId = options?.nlAccountId;
  if (!Number.isInteger(nlAccountId)) throw new ConfigurationError(`${helper}: nlAccountId`, `must be an integer, got ${describeValue(nlAccountId)}`);
  return nlAccountId as number;
}

function contingentParams(helper: string, options: ContingentOptions) {
  const nlAccountId = checkAccount(helper, options);
  const { contingentId } = options;
  const valid =
    (typeof contingentId === 'number' && Number.isSafeInteger(contingentId) && contingentId >= 0) ||
    (typeof contingentId === 'string' && contingentId.trim() !== '');
  if (!valid) throw new ConfigurationError(`${helper}: contingentId`, `must be a whole number or a non-empty string, got ${describeValue(contingentId)}`);
  return { path: { cid: String(contingentId).trim() }, query: { nl_account_id: nlAccountId } };
}

function contingentBody(helper: string, { expiryDate, contingentValue, name }: ContingentFields) {
  let expiry: string;
  if (expiryDate instanceof Date) {
    if (Number.isNaN(expiryDate.getTime())) throw new ConfigurationError(`${helper}: expiryDate`, 'is an invalid Date');
    expiry = expiryDate.toISOString();
  } else if (typeof expiryDate === 'string' && DATE_TIME.test(expiryDate) && !Number.isNaN(Date.parse(expiryDate))) {
    expiry = expiryDate;
  } else {
    const got = typeof expiryDate === 'string' ? JSON.stringify(expiryDate) : describeValue(expiryDate);
    throw new ConfigurationError(`${helper}: expiryDate`, `must be a Date or an ISO 8601 date-time with a time zone (2026-12-31T23:59:59+01:00), got ${got}`);
  }
  if (!Number.isSafeInteger(contingentValue))
    throw new ConfigurationError(`${helper}: contingentValue`, `must be a whole number, got ${describeValue(contingentValue)}`);
  if (typeof name !== 'string') throw new ConfigurationError(`${helper}: name`, `must be a string, got ${describeValue(name)}`);
  return { expiryDate: expiry, contingentValue, name };
}
