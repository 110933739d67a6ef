// The Nue client: the typed openapi-fetch client for generated/nue.ts, built on the shared core
// (retries, timeouts, redaction, typed errors) with one auth hook per strategy, plus helpers for
// async jobs, GraphQL, the credit pools and flows, and logout. Auth requests go through a second
// core client without the hook, so a login never waits for itself.
import type { Client } from 'openapi-fetch';
import type { paths } from '../../generated/nue.js';
import type { CallOptions } from '../core/create-core-client.js';
import { type CommonClientOptions, createCoreClient } from '../core/create-core-client.js';
import { ConfigurationError } from '../core/errors.js';
import { Redactor } from '../core/redaction/redactor.js';
import { createAuthEndpoints } from './auth/auth-endpoints.js';
import type { NueAuthOptions, NueAuthStrategy } from './auth/auth-options.js';
import { createAuthProvider } from './auth/create-auth-provider.js';
import { createCreditLists, type NueCreditLists } from './credits/credit-lists.js';
import type { NueTenantChoice } from './errors.js';
import { nueApiError, nueApiOrAuthError } from './errors.js';
import { createGraphql, type NueGraphql } from './graphql/graphql.js';
import { jobIdOf } from './jobs/job-id.js';
import { BILLING_ERROR_LOG_PATH, type NueJobKind } from './jobs/job-kinds.js';
import { fetchErrorLog, fetchJobStatus, type JobContext, type NueJobRef, type NueJobResult, type WaitForJobOptions, waitForJob } from './jobs/wait-for-job.js';
import { nueQuerySerializer } from './query-serializer.js';
import { asRawAnswerClient } from './raw-answer-client.js';

const NUE_BASE_URL = 'https://api.nue.io';

/** The Nue paths of generated/nue.ts: every documented operation. */
export type NuePaths = paths;

export interface NueClientOptions extends CommonClientOptions {
  /** `{ apiKey }` (recommended), `{ username, password }` (plus optional `apiAccessKey` / `tenant`), `{ bearerToken, apiAccessKey }` or `{ basic, apiAccessKey }`. */
  auth: NueAuthOptions;
  /** The clock for token expiry and job timeouts, in ms (default `Date.now`). */
  now?: () => number;
}

/** `nue.jobs`: Nue's asynchronous jobs, waited for by polling their status endpoint. */
export interface NueJobs {
  /** Polls the job's status endpoint until it ends; resolves on success, raises NueJobError on failure. */
  wait(job: NueJobRef, options?: WaitForJobOptions): Promise<NueJobResult>;
  /** One status request: the answer as Nue sent it (secrets masked). */
  status(job: NueJobRef, options?: CallOptions): Promise<unknown>;
  /** A job reference from the kind and the answer of the call that started the job (or the id itself). */
  ref(kind: NueJobKind, started: unknown): NueJobRef;
  /** The billing job error log (`GET /v1/billing/job/{jobId}/error-log`) as text. */
  errorLog(jobId: string, options?: CallOptions): Promise<string>;
}

/** `nue.auth`: the client's authentication. */
export interface NueAuth {
  /** The strategy picked from the `auth` option. */
  readonly strategy: NueAuthStrategy;
  /** Logs in now (password strategy), so bad credentials or a missing tenant choice show before the first call. */
  login(options?: CallOptions): Promise<void>;
  /** The tenant a password login chose from the login result, if it listed tenants. */
  tenant(): NueTenantChoice | undefined;
}

/** The typed openapi-fetch client (`nue.GET(...)`, `nue.POST(...)`, …) plus Nue's helpers. */
export interface NueClient extends Client<NuePaths>, NueCreditLists {
  /** Waits for Nue's asynchronous jobs. */
  jobs: NueJobs;
  /** Runs a query on one of Nue's GraphQL endpoints. */
  graphql: NueGraphql;
  /** The client's authentication: its strategy, an early login, the chosen tenant. */
  auth: NueAuth;
  /**
   * Ends a password login: revokes its refresh token (`POST /auth/revokeToken`), after which the
   * client refuses every call with `NueLoggedOutError`. For an API key, a static token or Basic
   * there is nothing to revoke: it sends nothing and the client goes on working.
   */
  logout(options?: CallOptions): Promise<void>;
}

/**
 * The Nue client: the typed openapi-fetch client of every documented operation (base URL
 * `https://api.nue.io`), with the credentials of `auth` on every request and Nue's helpers on it.
 * Bad options are a ConfigurationError here, before anything is sent.
 */
export function createNueClient(options: NueClientOptions): NueClient {
  if (!options || typeof options !== 'object') throw new ConfigurationError('createNueClient: options', 'are required, with at least `auth`');
  const baseUrl = options.baseUrl ?? NUE_BASE_URL;
  const now = options.now ?? Date.now;
  if (typeof now !== 'function') throw new ConfigurationError('createNueClient: now', 'must be a function returning milliseconds');
  const redactor = new Redactor();
  const querySerializer = nueQuerySerializer();
  const { auth, now: _clock, ...common } = options;
  const shared = { ...common, baseUrl, redactor, querySerializer };

  // Login, refresh and revoke: no auth hook, always throwing (the auth code reads the errors).
  const authClient = createCoreClient<NuePaths>({ ...shared, throwOnError: true, apiError: nueApiError });
  const endpoints = createAuthEndpoints(authClient.client, redactor);
  const provider = createAuthProvider(auth, { endpoints, redactor, now, log: options.log, baseUrl: redactor.url(baseUrl) });

  const { client } = createCoreClient<NuePaths>({ ...shared, auth: provider, apiError: nueApiOrAuthError });
  const raw = asRawAnswerClient(client);
  const jobContext: JobContext = { client: raw, redactor, now, log: options.log, baseUrl: redactor.url(baseUrl) };

  return Object.assign(client, {
    ...createCreditLists(client, redactor),
    jobs: {
      wait: (job: NueJobRef, waitOptions?: WaitForJobOptions) => waitForJob(jobContext, job, waitOptions),
      status: (job: NueJobRef, callOptions?: CallOptions) => fetchJobStatus(jobContext, job, callOptions),
      ref: (kind: NueJobKind, started: unknown) => ({ kind, jobId: jobIdOf(started) }),
      errorLog: (jobId: string, callOptions?: CallOptions) => fetchErrorLog(jobContext, jobId, BILLING_ERROR_LOG_PATH, callOptions),
    },
    graphql: createGraphql(raw, redactor),
    auth: {
      strategy: provider.strategy,
      login: (callOptions?: CallOptions) => provider.login(callOptions?.signal),
      tenant: () => provider.tenant(),
    },
    logout: (callOptions?: CallOptions) => provider.logout(callOptions?.signal),
  });
}
