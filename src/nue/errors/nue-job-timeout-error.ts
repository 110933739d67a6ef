import { CreditlineError } from '../../core/errors/creditline-error.js';
import type { NueJobKind } from '../jobs/job-kinds.js';

/** `jobs.wait` gave up: the job did not reach a terminal status within `timeoutMs`. The job itself goes on running at Nue. */
export class NueJobTimeoutError extends CreditlineError {
  override name = 'NueJobTimeoutError';
  readonly kind: NueJobKind;
  readonly jobId: string;
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

export function isNueJobTimeoutError(error: unknown): error is NueJobTimeoutError {
  return error instanceof NueJobTimeoutError;
}
