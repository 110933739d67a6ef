// Every asynchronous job the Nue reference documents with a status endpoint: where its status is
// read, which field holds it, which values end the wait, and where its error log is.
// Operations are named by their operationId (spec/nue/paths/), schemas by their name.
//
// Terminal statuses — documented where the docs have an enum, decided where they do not:
// - CPQ jobs (`GetJobResponse.status`): Queued, Processing, Completed,
//   PartialCompleted, Failed.
// - Sync jobs (`SyncJobFieldsSyncParam.status`): the enum says Queued, Processing,
//   Completed, Failed; the field's description says "Queued, Processing, Completed, and Error".
//   Both Failed and Error end the wait as failures.
// - Import, revenue-builder import, export, usage and transaction-hub jobs: the docs give no
//   values (a bare `string` in getImportJobStatus, ExportJobResponse and AsyncJobResponse; one example
//   `"Queued"` in TransactionHubUploadResponse). Decision:
//   the union of the documented job vocabularies above — Completed succeeds, PartialCompleted is
//   partial, Failed and Error fail. Any other status (Queued, Processing, …) keeps the wait going
//   until the timeout.
// Statuses are compared ignoring case.
import type { NueGetPath } from '../raw-answer-client.js';

/** The kinds of Nue's asynchronous jobs; the kind names the job's status endpoint. */
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
 * The billing job error log (`GET /v1/billing/job/{jobId}/error-log`, getBillingJobErrorLog) is the only
 * error log the docs have, "by billing job id". Decision: it is read for the two sync jobs of the
 * billing service (`/v1/billing/.../sync-jobs`), the billing jobs that have a status endpoint. When
 * it cannot be read (e.g. 404), the job error comes without it. `nue.jobs.errorLog(jobId)` reads it
 * for any billing job id, e.g. of a billing schedule run.
 */
export const BILLING_ERROR_LOG_PATH = '/v1/billing/job/{jobId}/error-log' satisfies NueGetPath;

export const NUE_JOB_KINDS: Readonly<Record<NueJobKind, NueJobKindSpec>> = {
  // createImportJob answers the job id; getImportJobStatus answers a bare `string`.
  import: {
    statusPath: '/v1/cpq/async/imports/{jobId}',
    statusField: 'status',
    statuses: UNDOCUMENTED,
    errorLogPath: undefined,
    startedBy: 'POST /v1/cpq/async/imports',
  },
  // createProductsAndPricingImportJob; getProductsAndPricingImportStatus answers "Inline", undescribed.
  'revenue-builder-import': {
    statusPath: '/v1/cpq/async/imports/revenue-builder-data/{jobId}',
    statusField: 'status',
    statuses: UNDOCUMENTED,
    errorLogPath: undefined,
    startedBy: 'POST /v1/cpq/async/imports/revenue-builder-data',
  },
  // createDataExportJob or createGraphqlExportJob; getDataExportJobStatus answers ExportJobResponse.
  export: {
    statusPath: '/v1/cpq/async/exports/{jobId}',
    statusField: 'status',
    statuses: UNDOCUMENTED,
    errorLogPath: undefined,
    startedBy: 'POST /v1/cpq/async/exports',
  },
  // createBulkChangeOrder answers JobCreateResponse `jobId`; getBulkChangeOrderJob answers GetJobResponse.
  'change-order-in-bulk': {
    statusPath: '/v1/cpq/change-order-in-bulk/jobs/{jobId}',
    statusField: 'status',
    statuses: CPQ_JOB,
    errorLogPath: undefined,
    startedBy: 'POST /v1/cpq/change-order-in-bulk',
  },
  // createOrderSyncJob; the getOrderSyncJob example is wrapped in `data`.
  'billing-orders-sync': {
    statusPath: '/v1/billing/orders/sync-jobs/{jobId}',
    statusField: 'data.status',
    statuses: SYNC_JOB,
    errorLogPath: BILLING_ERROR_LOG_PATH,
    startedBy: 'POST /v1/billing/orders/sync-jobs',
  },
  // createInvoiceSyncJob; getInvoiceSyncJob's SyncJobSyncJobParams is not defined in the docs — read like SyncJobFieldsSyncParam.
  'billing-invoices-sync': {
    statusPath: '/v1/billing/invoices/sync-jobs/{jobId}',
    statusField: 'status',
    statuses: SYNC_JOB,
    errorLogPath: BILLING_ERROR_LOG_PATH,
    startedBy: 'POST /v1/billing/invoices/sync-jobs',
  },
  // createFieldsSyncJob; getFieldsSyncJob answers SyncJobFieldsSyncParam.
  'orders-fields-sync': {
    statusPath: '/v1/orders/fields-sync-jobs/{jobId}',
    statusField: 'status',
    statuses: SYNC_JOB,
    errorLogPath: undefined,
    startedBy: 'POST /v1/orders/fields-sync-jobs',
  },
  // rateUsageAsync answers CreateAsyncJobResponse; getAsyncJobStatus answers AsyncJobResponse `{ status, error: { errorCode, errorMessage } }`.
  'usage-async': {
    statusPath: '/v1/usage/async-jobs/{jobId}',
    statusField: 'status',
    statuses: UNDOCUMENTED,
    errorLogPath: undefined,
    startedBy: 'POST /v1/usage/usage:async-rate',
  },
  // uploadTransactionHub; getTransactionHubUploadJob answers TransactionHubUploadResponse.
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
  // Stryker disable next-line StringLiteral: the caller only tests for success, partial and failure; any other value keeps the wait going
  return 'running';
}
