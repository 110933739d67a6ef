// Every asynchronous job the Nue reference documents with a status endpoint: where its status is
// read, which field holds it, which values end the wait, and where its error log is.
// Line numbers are those of nue-api-reference.txt.
//
// Terminal statuses — documented where the docs have an enum, decided where they do not:
// - CPQ jobs (`GetJobResponse.status`, ~17417-17441): Queued, Processing, Completed,
//   PartialCompleted, Failed.
// - Sync jobs (`SyncJobFieldsSyncParam.status`, ~44681-44743): the enum says Queued, Processing,
//   Completed, Failed; the field's description (~44722) says "Queued, Processing, Completed, and Error".
//   Both Failed and Error end the wait as failures.
// - Import, revenue-builder import, export, usage and transaction-hub jobs: the docs give no
//   values (a bare `string`, ~12547, ~17473, ~30066; one example `"Queued"`, ~35252). Decision:
//   the union of the documented job vocabularies above — Completed succeeds, PartialCompleted is
//   partial, Failed and Error fail. Any other status (Queued, Processing, …) keeps the wait going
//   until the timeout.
// Statuses are compared ignoring case.
import type { NueGetPath } from '../text-answer-client.js';

export type NueJobKind =
  | 'import'
  | 'revenue-builder-import'
  | 'export'
  | 'change-order-in-bulk'
  | 'billing-orders-sync'
  | 'billing-invoices-sync'
  | 'orders-fields-sync'
  | 'usage-async'
  | 'transaction-hub-upload';

export interface JobStatusVocabulary {
  success: readonly string[];
  partial: readonly string[];
  failure: readonly string[];
}

export interface NueJobKindSpec {
  /** GET path that reports the job; `{jobId}` is the job id. A path the spec lacks does not compile. */
  statusPath: NueGetPath;
  /** Where the status sits in the answer: `status`, or `data.status` for an answer wrapped in `data`. */
  statusField: 'status' | 'data.status';
  statuses: JobStatusVocabulary;
  /** GET path of the job's error log, read when the job fails. */
  errorLogPath: NueGetPath | undefined;
  /** The call that starts the job, for docs and error messages. */
  startedBy: string;
}

const CPQ_JOB: JobStatusVocabulary = { success: ['Completed'], partial: ['PartialCompleted'], failure: ['Failed'] };
const SYNC_JOB: JobStatusVocabulary = { success: ['Completed'], partial: [], failure: ['Failed', 'Error'] };
const UNDOCUMENTED: JobStatusVocabulary = { success: ['Completed'], partial: ['PartialCompleted'], failure: ['Failed', 'Error'] };

/**
 * The billing job error log (`GET /v1/billing/job/{jobId}/error-log`, ~18992-19125) is the only
 * error log the docs have, "by billing job id". Decision: it is read for the two sync jobs of the
 * billing service (`/v1/billing/.../sync-jobs`), the billing jobs that have a status endpoint. When
 * it cannot be read (e.g. 404), the job error comes without it. `nue.jobs.errorLog(jobId)` reads it
 * for any billing job id, e.g. of a billing schedule run.
 */
export const BILLING_ERROR_LOG_PATH = '/v1/billing/job/{jobId}/error-log' satisfies NueGetPath;

export const NUE_JOB_KINDS: Readonly<Record<NueJobKind, NueJobKindSpec>> = {
  // `POST /v1/cpq/async/imports` (~11776) answers the job id; status `GET …/{jobId}` answers a bare `string` (~12547-12565).
  import: { statusPath: '/v1/cpq/async/imports/{jobId}', statusField: 'status', statuses: UNDOCUMENTED, errorLogPath: undefined, startedBy: 'POST /v1/cpq/async/imports' },
  // `POST /v1/cpq/async/imports/revenue-builder-data` (~11927); status answer "Inline", undescribed (~12687-12702).
  'revenue-builder-import': {
    statusPath: '/v1/cpq/async/imports/revenue-builder-data/{jobId}',
    statusField: 'status',
    statuses: UNDOCUMENTED,
    errorLogPath: undefined,
    startedBy: 'POST /v1/cpq/async/imports/revenue-builder-data',
  },
  // `POST /v1/cpq/async/exports` (~12093) or `/v1/async/graphql/exports` (~12242); ExportJobResponse `status` (~17466-17486).
  export: { statusPath: '/v1/cpq/async/exports/{jobId}', statusField: 'status', statuses: UNDOCUMENTED, errorLogPath: undefined, startedBy: 'POST /v1/cpq/async/exports' },
  // `POST /v1/cpq/change-order-in-bulk` answers JobCreateResponse `jobId` (~10418-10440); GetJobResponse (~10563-10577).
  'change-order-in-bulk': {
    statusPath: '/v1/cpq/change-order-in-bulk/jobs/{jobId}',
    statusField: 'status',
    statuses: CPQ_JOB,
    errorLogPath: undefined,
    startedBy: 'POST /v1/cpq/change-order-in-bulk',
  },
  // `POST /v1/billing/orders/sync-jobs` (~23118); the status example is wrapped in `data` (~23735-23762).
  'billing-orders-sync': {
    statusPath: '/v1/billing/orders/sync-jobs/{jobId}',
    statusField: 'data.status',
    statuses: SYNC_JOB,
    errorLogPath: BILLING_ERROR_LOG_PATH,
    startedBy: 'POST /v1/billing/orders/sync-jobs',
  },
  // `POST /v1/billing/invoices/sync-jobs` (~30954); SyncJobSyncJobParams (~32442-32458) is not defined in the docs — read like SyncJobFieldsSyncParam.
  'billing-invoices-sync': {
    statusPath: '/v1/billing/invoices/sync-jobs/{jobId}',
    statusField: 'status',
    statuses: SYNC_JOB,
    errorLogPath: BILLING_ERROR_LOG_PATH,
    startedBy: 'POST /v1/billing/invoices/sync-jobs',
  },
  // `POST /v1/orders/fields-sync-jobs` (~24662); SyncJobFieldsSyncParam (~24824-24840, ~44681).
  'orders-fields-sync': { statusPath: '/v1/orders/fields-sync-jobs/{jobId}', statusField: 'status', statuses: SYNC_JOB, errorLogPath: undefined, startedBy: 'POST /v1/orders/fields-sync-jobs' },
  // `POST /v1/usage/usage:async-rate` answers CreateAsyncJobResponse (~28750-28775); AsyncJobResponse `{ status, error: { errorCode, errorMessage } }` (~30050-30078).
  'usage-async': { statusPath: '/v1/usage/async-jobs/{jobId}', statusField: 'status', statuses: UNDOCUMENTED, errorLogPath: undefined, startedBy: 'POST /v1/usage/usage:async-rate' },
  // `POST /v1/revenue/transaction-hub:upload` (~35419-35451); TransactionHubUploadResponse (~35238-35277).
  'transaction-hub-upload': {
    statusPath: '/v1/revenue/transaction-hub/async-job/{jobId}',
    statusField: 'status',
    statuses: UNDOCUMENTED,
    errorLogPath: undefined,
    startedBy: 'POST /v1/revenue/transaction-hub:upload',
  },
};

export function isNueJobKind(value: unknown): value is NueJobKind {
  return typeof value === 'string' && Object.hasOwn(NUE_JOB_KINDS, value);
}

export type JobOutcome = 'success' | 'partial' | 'failure' | 'running';

export function classifyStatus(spec: NueJobKindSpec, status: string): JobOutcome {
  const normalized = status.trim().toLowerCase();
  const has = (values: readonly string[]) => values.some((value) => value.toLowerCase() === normalized);
  if (has(spec.statuses.success)) return 'success';
  if (has(spec.statuses.partial)) return 'partial';
  if (has(spec.statuses.failure)) return 'failure';
  return 'running';
}
