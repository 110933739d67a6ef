import { CreditlineError } from '../../core/errors/creditline-error.js';
import type { NueJobKind } from '../jobs/job-kinds.js';

export interface NueJobFailure {
  kind: NueJobKind;
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
  readonly kind: NueJobKind;
  readonly jobId: string;
  readonly status: string;
  readonly partial: boolean;
  readonly errorCode: string | undefined;
  readonly errors: string[];
  readonly errorLog: string | undefined;
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

export function isNueJobError(error: unknown): error is NueJobError {
  return error instanceof NueJobError;
}
