import { type RequestDescription, RequestError } from '../../core/errors.js';
import type { DriftReport } from '../drift-report.js';

/**
 * A request or a 2xx answer differs from the spec, and the client validates with `throw`. The
 * reports say where and how, by type and shape only, so the error is as safe to log as the
 * others. (An answer that is an error anyway still throws its ApiError; its drift goes to `onDrift`.)
 */
export class SpecDriftError extends RequestError {
  override name = 'SpecDriftError';
  /** The API whose spec it is. */
  readonly api: string;
  /** The operation's id, when the spec has the operation. */
  readonly operationId: string | undefined;
  /** Whether the request (not sent) or the answer differs. */
  readonly direction: 'request' | 'response';
  /** The answer's status; undefined for a request, which was not sent. */
  readonly status: number | undefined;
  /** Every difference, the first one in the message. */
  readonly reports: DriftReport[];

  constructor(request: RequestDescription, reports: DriftReport[]) {
    const first = reports[0];
    const what = first?.direction === 'request' ? 'the request' : `the answer (${first?.status ?? '?'})`;
    const more = reports.length > 1 ? ` and ${reports.length - 1} more` : '';
    const detail = first
      ? `: ${first.kind} at ${first.in}${first.pointer ? ` ${first.pointer}` : ''} (spec: ${first.expected}; seen: ${first.seen})${more}`
      : '';
    super(request, `: ${what} differs from the ${first?.api ?? ''} spec${detail}`);
    this.api = first?.api ?? '';
    this.operationId = first?.operationId;
    this.direction = first?.direction ?? 'response';
    this.status = first?.status;
    this.reports = reports;
  }
}

/** Whether `error` is a {@link SpecDriftError}. */
export function isSpecDriftError(error: unknown): error is SpecDriftError {
  return error instanceof SpecDriftError;
}
