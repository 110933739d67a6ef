// Maileon's refusals that its pages document (spec/maileon/CURATION.md P2–P7): a 400 of a write,
// a 404 for a contingent the newsletter account does not have, a 409 when an update would set a
// contingent's value below what is already used. Each is a MaileonError, an ApiError with the
// `problem` and Maileon's own words (`reason`); any other non-2xx answer stays a plain ApiError.
import { ApiError, type ApiErrorDetails } from '../core/errors.js';
import { CONTINGENT_PATH, CONTINGENTS_PATH, PREPAID_STATUS_PATH } from './paths.js';

/**
 * - `invalid-request`: 400 to a write (setting the prepaid status, creating or updating a
 *   contingent): invalid JSON, an invalid date or value, as the pages list the reasons;
 * - `contingent-not-found`: 404 from reading, updating or deleting a contingent: the newsletter
 *   account has no contingent with that id;
 * - `contingent-value-below-used`: 409 from updating a contingent: the new contingent value is
 *   lower than the value already used.
 */
export type MaileonProblem = 'invalid-request' | 'contingent-not-found' | 'contingent-value-below-used';

/** Maileon refused a prepaid operation for one of the reasons its pages document. */
export class MaileonError extends ApiError {
  override name = 'MaileonError';
  /** Which documented refusal it is. */
  readonly problem: MaileonProblem;
  /** Maileon's text of the error (the body, a JSON string in the official client's reading, M4), secrets masked; undefined when it sent none. */
  readonly reason: string | undefined;

  constructor(problem: MaileonProblem, details: ApiErrorDetails) {
    const reason = reasonOf(details.body);
    const status = `${details.status}${details.statusText ? ` ${details.statusText}` : ''}`;
    super(details, ` failed with ${status}: ${explain(problem, details.url)}${reason === undefined ? '' : ` (Maileon says ${JSON.stringify(reason)})`}`);
    this.problem = problem;
    this.reason = reason;
  }
}

/** Whether `error` is a {@link MaileonError}. */
export const isMaileonError = (error: unknown): error is MaileonError => error instanceof MaileonError;

/** The Maileon client's error for a non-2xx answer: a MaileonError where the pages document the status, else an ApiError. */
export function maileonApiError(details: ApiErrorDetails): ApiError {
  const problem = problemOf(details);
  return problem ? new MaileonError(problem, details) : new ApiError(details);
}

function problemOf({ method, pathTemplate, status }: ApiErrorDetails): MaileonProblem | undefined {
  const write =
    (method === 'POST' && (pathTemplate === PREPAID_STATUS_PATH || pathTemplate === CONTINGENT_PATH)) ||
    (method === 'PUT' && pathTemplate === CONTINGENTS_PATH);
  if (status === 400 && write) return 'invalid-request';
  if (status === 404 && pathTemplate === CONTINGENT_PATH) return 'contingent-not-found';
  if (status === 409 && method === 'POST' && pathTemplate === CONTINGENT_PATH) return 'contingent-value-below-used';
  return undefined;
}

function explain(problem: MaileonProblem, url: string): string {
  const { contingent, account } = idsOf(url);
  switch (problem) {
    case 'invalid-request':
      return 'Maileon refused the request as invalid (invalid JSON, an invalid date or an invalid value)';
    case 'contingent-not-found':
      return `newsletter account ${account} has no contingent ${contingent}`;
    case 'contingent-value-below-used':
      return `the value of contingent ${contingent} cannot be set below the value already used`;
  }
}

/** The contingent id (the last path segment) and the newsletter account (`nl_account_id`) of a request URL. */
function idsOf(url: string): { contingent: string; account: string } {
  const { pathname, searchParams } = new URL(url);
  return { contingent: decodeURIComponent(pathname.slice(pathname.lastIndexOf('/') + 1)), account: searchParams.get('nl_account_id') ?? '(none)' };
}

/** Maileon's text: the body when it is a non-blank string, or its `message`; at most 200 characters. */
function reasonOf(body: unknown): string | undefined {
  const text = typeof body === 'string' ? body : body && typeof body === 'object' ? (body as { message?: unknown }).message : undefined;
  return typeof text === 'string' && text.trim() !== '' ? text.trim().slice(0, 200) : undefined;
}
