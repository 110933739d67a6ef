// Every error of the Nue client, each with its guard. Those that carry an HTTP answer (a refusal,
// a rejected login, GraphQL errors) are ApiErrors, so `isApiError` finds them as it finds the
// other vendors'. None carries a password, token or key: they are masked before they get here.
import type { components } from '../../generated/nue.js';
import { ApiError, type ApiErrorDetails, CreditlineError } from '../core/errors.js';
import type { NueGraphqlEndpoint } from './graphql/graphql-endpoints.js';
import type { NueJobKind } from './jobs/job-kinds.js';

/**
 * Nue's error body as the spec types it. The reference defines `ErrorMessage` twice, with and without `errorType`; the spec keeps the union (spec/nue/CURATION.md).
 *
 * @useDeclaredType
 */
export type NueErrorMessage = components['schemas']['ErrorMessage'];

/**
 * Nue answered with a non-2xx status. The body is typed as Nue's `ErrorMessage` when the server
 * sent JSON, the text of an HTML or other page when not, and undefined for an empty body; the
 * `ErrorMessage` fields are lifted onto the error.
 */
export class NueApiError extends ApiError<NueErrorMessage | string | undefined> {
  override name = 'NueApiError';
  /** `METHOD /path/{template}` of the call, e.g. `GET /v1/orders/{orderId}`. */
  readonly operation: string;
  /** `errorCode` of Nue's `ErrorMessage`, when the body had one. */
  readonly errorCode: string | undefined;
  /** `errorType` of Nue's `ErrorMessage`, when the body had one. */
  readonly errorType: string | undefined;
  /** `title` of Nue's `ErrorMessage`, when the body had one. */
  readonly title: string | undefined;

  constructor(details: ApiErrorDetails, problem?: string) {
    // Objects are kept whole (all ErrorMessage fields are optional; a 404 may carry another schema).
    const body =
      details.body && typeof details.body === 'object'
        ? (details.body as NueErrorMessage)
        : typeof details.body === 'string' && details.body !== ''
          ? details.body
          : undefined;
    super({ ...details, body }, problem);
    const message = asNueErrorMessage(details.body);
    this.operation = `${details.method} ${details.pathTemplate ?? details.url}`;
    this.errorCode = message?.errorCode;
    this.errorType = message?.errorType;
    this.title = message?.title;
  }
}

/** The body as Nue's `ErrorMessage` when it looks like one (an object with one of its string fields). */
function asNueErrorMessage(body: unknown): NueErrorMessage | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const record = body as Record<string, unknown>;
  const out: NueErrorMessage = {};
  for (const key of ['title', 'message', 'errorCode', 'errorType'] as const) {
    if (typeof record[key] === 'string') out[key] = record[key];
  }
  return out;
}

/**
 * Why authentication failed:
 * - `login-rejected`: `POST /auth/token` did not accept the user name and password;
 * - `no-token`: the login or refresh answered 2xx without a `token`;
 * - `unauthorized`: a request was answered 401 although the credentials were fresh (for a password
 *   login: after one renewal and one resend; for a key, a static token or Basic: at once);
 * - `revoke-rejected`: `POST /auth/revokeToken` failed during `logout()`.
 */
export type NueAuthProblem = 'login-rejected' | 'no-token' | 'unauthorized' | 'revoke-rejected';

/** Nue did not accept the credentials: a NueApiError with the answer that said so and the `problem`. */
export class NueAuthError extends NueApiError {
  override name = 'NueAuthError';
  /** Which step of authentication failed. */
  readonly problem: NueAuthProblem;

  constructor(problem: NueAuthProblem, details: ApiErrorDetails, problemText: string) {
    super(details, `: ${problemText}`);
    this.problem = problem;
  }
}

/** The client was used after `logout()`; make a new client to log in again. No request was sent. */
export class NueLoggedOutError extends CreditlineError {
  override name = 'NueLoggedOutError';

  constructor() {
    super('this Nue client was logged out; create a new client to log in again');
  }
}

/**
 * `POST /auth/token` answered with a `challenge` (AuthenticationResult.challenge) instead of
 * simply logging in: the server wants another step, e.g. a new password. The docs describe no
 * endpoint to answer a challenge, so creditline stops here and says what was asked. The challenge
 * `session` is a credential: it is masked and not kept on the error.
 */
export class NueChallengeError extends CreditlineError {
  override name = 'NueChallengeError';
  /** `Challenge.name`, what the server asked for; undefined when it sent no name. */
  readonly challengeName: string | undefined;

  constructor(challengeName: string | undefined) {
    super(
      `Nue answered the login with a challenge${challengeName ? ` "${challengeName}"` : ' (without a name)'} instead of a token; ` +
        'creditline cannot answer login challenges — complete it in the Nue app, then log in again',
    );
    this.challengeName = challengeName;
  }
}

/** One entry of a GraphQL response's `errors` (GraphQL spec §7.1.2; the Nue docs do not describe it). */
export interface NueGraphqlErrorEntry {
  /** What went wrong (secrets masked); `unknown error` when the entry had no message. */
  message: string;
  /** Where in the query. */
  locations?: Array<{
    /** Line in the query, from 1. */
    line: number;
    /** Column in the line, from 1. */
    column: number;
  }>;
  /** The path of the field in `data` that failed. */
  path?: Array<string | number>;
  /** The server's own details (secrets masked). */
  extensions?: Record<string, unknown>;
}

/** A Nue GraphQL endpoint answered with `errors` (with a 2xx, or a 4xx carrying a GraphQL body). `data` holds whatever partial data came with them. */
export class NueGraphqlError extends ApiError {
  override name = 'NueGraphqlError';
  /** The GraphQL endpoint that was asked. */
  readonly endpoint: NueGraphqlEndpoint;
  /** The request's `operationName`, when it had one. */
  readonly operationName: string | undefined;
  /** The answer's `errors` (secrets masked), at least one. */
  readonly errors: NueGraphqlErrorEntry[];
  /** Whatever partial `data` came with the errors (secrets masked); undefined when none. */
  readonly data: unknown;

  constructor(
    details: ApiErrorDetails,
    graphql: { endpoint: NueGraphqlEndpoint; operationName: string | undefined; errors: NueGraphqlErrorEntry[]; data: unknown },
  ) {
    const { endpoint, operationName, errors } = graphql;
    const first = errors[0]?.message ?? 'unknown error';
    super(
      details,
      `: Nue GraphQL (${endpoint}${operationName ? ` ${operationName}` : ''}) answered with ${errors.length} error${errors.length === 1 ? '' : 's'}: ` +
        `${first.slice(0, 300)}${errors.length > 1 ? ` (+${errors.length - 1} more)` : ''}`,
    );
    this.endpoint = endpoint;
    this.operationName = operationName;
    this.errors = errors;
    this.data = graphql.data;
  }
}

/** What a {@link NueJobError} is made of: the job and how it ended. */
export interface NueJobFailure {
  /** The kind of job, which named its status endpoint. */
  kind: NueJobKind;
  /** The job's id. */
  jobId: string;
  /** The last status the job reported, e.g. `Failed` or `PartialCompleted`. */
  status: string;
  /** true for a partial success (`PartialCompleted`), false for a failure. */
  partial: boolean;
  /** `errorCode` of the job, when it has one. */
  errorCode: string | undefined;
  /** Every error text the job's status answer carried (secrets masked), first the main one. */
  errors: string[];
  /** The billing job error log (`GET /v1/billing/job/{jobId}/error-log`), for kinds that have one and when it could be read. */
  errorLog: string | undefined;
  /** The last status answer, as the server sent it (secrets masked). */
  job: unknown;
}

/** An asynchronous Nue job ended in a failure status (or a partial success, unless `acceptPartial` was set). */
export class NueJobError extends CreditlineError {
  override name = 'NueJobError';
  /** The kind of job, which named its status endpoint. */
  readonly kind: NueJobKind;
  /** The job's id. */
  readonly jobId: string;
  /** The last status the job reported, e.g. `Failed` or `PartialCompleted`. */
  readonly status: string;
  /** true for a partial success (`PartialCompleted`), false for a failure. */
  readonly partial: boolean;
  /** `errorCode` of the job, when it has one. */
  readonly errorCode: string | undefined;
  /** Every error text the job's status answer carried (secrets masked), first the main one. */
  readonly errors: string[];
  /** The billing job error log, for kinds that have one and when it could be read. */
  readonly errorLog: string | undefined;
  /** The last status answer, as the server sent it (secrets masked). */
  readonly job: unknown;

  constructor(failure: NueJobFailure) {
    const first = failure.errors[0];
    super(
      `Nue ${failure.kind} job ${failure.jobId} ${failure.partial ? 'completed only partially' : 'failed'} (status ${failure.status})` +
        `${failure.errorCode ? ` [${failure.errorCode}]` : ''}${first ? `: ${first.slice(0, 300)}` : ''}` +
        `${failure.errors.length > 1 ? ` (+${failure.errors.length - 1} more)` : ''}`,
    );
    this.kind = failure.kind;
    this.jobId = failure.jobId;
    this.status = failure.status;
    this.partial = failure.partial;
    this.errorCode = failure.errorCode;
    this.errors = failure.errors;
    this.errorLog = failure.errorLog;
    this.job = failure.job;
  }
}

/** `jobs.wait` gave up: the job did not reach a terminal status within `timeoutMs`. The job itself goes on running at Nue. */
export class NueJobTimeoutError extends CreditlineError {
  override name = 'NueJobTimeoutError';
  /** The kind of job, which named its status endpoint. */
  readonly kind: NueJobKind;
  /** The job's id. */
  readonly jobId: string;
  /** How long the wait was allowed (`timeoutMs` of `jobs.wait`). */
  readonly timeoutMs: number;
  /** The last status seen, undefined when no poll had answered yet. */
  readonly lastStatus: string | undefined;
  /** Status requests that were answered. */
  readonly polls: number;

  constructor(kind: NueJobKind, jobId: string, timeoutMs: number, lastStatus: string | undefined, polls: number) {
    super(`Nue ${kind} job ${jobId} did not finish within ${timeoutMs} ms (last status: ${lastStatus ?? 'none'}, ${polls} polls)`);
    this.kind = kind;
    this.jobId = jobId;
    this.timeoutMs = timeoutMs;
    this.lastStatus = lastStatus;
    this.polls = polls;
  }
}

/** A tenant as the login result lists it (`UserMappedTenantResponse`), without its `apiAccessKey`. */
export interface NueTenantChoice {
  /** The tenant's id. */
  tenantId: string | undefined;
  /** The tenant's name. */
  tenantName: string | undefined;
  /** The tenant's number. */
  tenantNumber: number | undefined;
  /** The id of the organisation the tenant belongs to. */
  orgId: string | undefined;
  /** The name of the organisation the tenant belongs to. */
  orgName: string | undefined;
}

/**
 * - `choice-required`: the user has several tenants and `auth.tenant` does not say which;
 * - `not-found`: no listed tenant has the id, name or number in `auth.tenant`;
 * - `ambiguous`: several listed tenants match `auth.tenant` (e.g. the same name);
 * - `no-tenant`: the login result lists no tenant with an `apiAccessKey` and `auth.apiAccessKey` is not set.
 */
export type TenantChoiceProblem = 'choice-required' | 'not-found' | 'ambiguous' | 'no-tenant';

/** The tenant (and so the `apiAccessKey`) to use could not be chosen. Lists the choices, never their keys. */
export class TenantChoiceError extends CreditlineError {
  override name = 'TenantChoiceError';
  /** Why no tenant could be chosen. */
  readonly problem: TenantChoiceProblem;
  /** What `auth.tenant` asked for, if anything. */
  readonly requested: string | undefined;
  /** The tenants the login result listed. */
  readonly choices: NueTenantChoice[];

  constructor(problem: TenantChoiceProblem, requested: string | undefined, choices: NueTenantChoice[]) {
    super(describeTenantProblem(problem, requested, choices));
    this.problem = problem;
    this.requested = requested;
    this.choices = choices;
  }
}

function describeTenantProblem(problem: TenantChoiceProblem, requested: string | undefined, choices: NueTenantChoice[]): string {
  const list = choices.map(formatChoice).join('; ');
  switch (problem) {
    case 'choice-required':
      return `this Nue user has ${choices.length} tenants; choose one with auth.tenant (its tenantId, tenantName or tenantNumber): ${list}`;
    case 'not-found':
      return `no Nue tenant matches auth.tenant "${requested ?? ''}"; the user's tenants are: ${list || 'none'}`;
    case 'ambiguous':
      return `several Nue tenants match auth.tenant "${requested ?? ''}"; use a tenantId instead: ${list}`;
    case 'no-tenant':
      return 'the Nue login result lists no tenant with an apiAccessKey; pass auth.apiAccessKey';
  }
}

function formatChoice(choice: NueTenantChoice): string {
  const name = choice.tenantName === undefined ? '(no name)' : `"${choice.tenantName}"`;
  const facts = [
    choice.tenantId === undefined ? undefined : `tenantId ${choice.tenantId}`,
    choice.tenantNumber === undefined ? undefined : `tenantNumber ${choice.tenantNumber}`,
    choice.orgName === undefined ? undefined : `org "${choice.orgName}"`,
  ].filter((fact) => fact !== undefined);
  return facts.length > 0 ? `${name} (${facts.join(', ')})` : name;
}

/** For the login, refresh and revoke calls: their callers decide what a 401 means. */
export const nueApiError = (details: ApiErrorDetails): Error => new NueApiError(details);

/** For every other call: a 401 that got here survived renewing the credentials (or there is nothing to renew). */
export function nueApiOrAuthError(details: ApiErrorDetails): Error {
  if (details.status !== 401) return new NueApiError(details);
  const message = asNueErrorMessage(details.body)?.message;
  return new NueAuthError('unauthorized', details, `Nue answered with 401 Unauthorized${message ? `: ${message}` : ''}`);
}

/** Whether `error` is a {@link NueApiError}. */
export const isNueApiError = (error: unknown): error is NueApiError => error instanceof NueApiError;
/** Whether `error` is a {@link NueAuthError}. */
export const isNueAuthError = (error: unknown): error is NueAuthError => error instanceof NueAuthError;
/** Whether `error` is a {@link NueLoggedOutError}. */
export const isNueLoggedOutError = (error: unknown): error is NueLoggedOutError => error instanceof NueLoggedOutError;
/** Whether `error` is a {@link NueChallengeError}. */
export const isNueChallengeError = (error: unknown): error is NueChallengeError => error instanceof NueChallengeError;
/** Whether `error` is a {@link NueGraphqlError}. */
export const isNueGraphqlError = (error: unknown): error is NueGraphqlError => error instanceof NueGraphqlError;
/** Whether `error` is a {@link NueJobError}. */
export const isNueJobError = (error: unknown): error is NueJobError => error instanceof NueJobError;
/** Whether `error` is a {@link NueJobTimeoutError}. */
export const isNueJobTimeoutError = (error: unknown): error is NueJobTimeoutError => error instanceof NueJobTimeoutError;
/** Whether `error` is a {@link TenantChoiceError}. */
export const isTenantChoiceError = (error: unknown): error is TenantChoiceError => error instanceof TenantChoiceError;
