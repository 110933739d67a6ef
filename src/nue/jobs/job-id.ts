// The job id in the answer of the call that started a job:
// - a bare string (`POST /v1/cpq/async/imports`, `/v1/cpq/async/exports`, documented as "200 OK string");
// - `jobId` (schema JobCreateResponse; CreateAsyncJobResponse is not defined in the docs and is read the same way),
//   or `jobid` in lower case, as public code reads the import and export answers (spec/nue/CURATION.md, N9);
// - `id` (SyncJobFieldsSyncParam) or `data.id` (the `data`-wrapped sync-job example).
import { ConfigurationError } from '../../core/errors.js';

export function jobIdOf(started: unknown): string {
  if (typeof started === 'string' && started.trim() !== '') return started.trim();
  if (started && typeof started === 'object') {
    const record = started as Record<string, unknown>;
    for (const candidate of [
      record.jobId,
      record.jobid,
      record.id,
      (record.data as Record<string, unknown> | undefined)?.id,
      (record.data as Record<string, unknown> | undefined)?.jobId,
    ]) {
      if (typeof candidate === 'string' && candidate !== '') return candidate;
    }
  }
  throw new ConfigurationError('jobs.ref: started', 'holds no job id (expected a string, { jobId }, { jobid }, { id } or { data: { id } })');
}
