// The job id in the answer of the call that started a job:
// - a bare string (`POST /v1/cpq/async/imports`, `/v1/cpq/async/exports`: "200 OK string", ~11795, ~12108);
// - `jobId` (JobCreateResponse, ~16699-16706; CreateAsyncJobResponse is not defined in the docs and is read the same way);
// - `id` (SyncJobFieldsSyncParam, ~44681) or `data.id` (the `data`-wrapped sync-job example, ~23735).
import { ConfigurationError } from '../../core/errors/configuration-error.js';

export function jobIdOf(started: unknown): string {
  if (typeof started === 'string' && started.trim() !== '') return started.trim();
  if (started && typeof started === 'object') {
    const record = started as Record<string, unknown>;
    for (const candidate of [record.jobId, record.id, (record.data as Record<string, unknown> | undefined)?.id, (record.data as Record<string, unknown> | undefined)?.jobId]) {
      if (typeof candidate === 'string' && candidate !== '') return candidate;
    }
  }
  throw new ConfigurationError('jobs.ref: started', 'holds no job id (expected a string, { jobId }, { id } or { data: { id } })');
}
