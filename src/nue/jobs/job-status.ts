// Reads a job status answer: the status itself, the error details and how far the job got. The
// job shapes differ per kind (see job-kinds.ts); the fields read here are those the docs name:
// - GetJobResponse: `error`, `stages[].status`
// - ExportJobResponse: `objects[].status`, `objects[].errors`
// - Sync jobs (SyncJobFieldsSyncParam): `errorCode`, `errorMessage`, `batchesProcessed`, `totalBatches`
// - AsyncJobResponse: `error.errorCode`, `error.errorMessage`
// - TransactionHubUploadResponse: `errorCode`, `errorMessage`, `result.errors[].errorMessage`,
//   `result.successCount`/`skipCount`/`failureCount`
import { type HelperCall, parseJsonAnswer } from '../../core/answers.js';
import type { NueJobKindSpec } from './job-kinds.js';

const STATUS_WORD = /^[A-Za-z][A-Za-z _-]{0,39}$/;

/**
 * Parses the status answer: a JSON object, or a bare status word (the import status is
 * documented as a plain `string`; schema of getImportJob) or a JSON string.
 */
export function parseStatusBody(text: string, response: Response, origin: HelperCall): unknown {
  const trimmed = text.trim();
  const isJson = response.headers.get('content-type')?.toLowerCase().includes('json') ?? false;
  if (!isJson && STATUS_WORD.test(trimmed)) return trimmed;
  if (/^"[^"\\]*"$/.test(trimmed)) return trimmed.slice(1, -1);
  return parseJsonAnswer(text, response, origin, 'the job status');
}

/** The job object inside the answer (unwrapped from `data` where the kind wraps it). */
export function jobObject(spec: NueJobKindSpec, body: unknown): Record<string, unknown> | undefined {
  const record = asRecord(body);
  if (!record) return undefined;
  if (spec.statusField === 'data.status') return asRecord(record.data) ?? record;
  return record;
}

/** The job's status, or undefined when the answer has none. */
export function readStatus(spec: NueJobKindSpec, body: unknown): string | undefined {
  if (typeof body === 'string') return body.trim() || undefined;
  const status = jobObject(spec, body)?.status;
  return typeof status === 'string' && status.trim() !== '' ? status.trim() : undefined;
}

export interface JobErrorDetails {
  errorCode: string | undefined;
  errors: string[];
}

export function readErrors(spec: NueJobKindSpec, body: unknown): JobErrorDetails {
  const job = jobObject(spec, body);
  if (!job) return { errorCode: undefined, errors: [] };
  const errors: string[] = [];
  const add = (value: unknown) => {
    if (typeof value === 'string' && value.trim() !== '' && !errors.includes(value)) errors.push(value);
  };
  const nested = asRecord(job.error);
  add(job.error);
  add(nested?.errorMessage);
  add(nested?.message);
  add(job.errorMessage);
  for (const item of asArray(job.errors)) add(typeof item === 'string' ? item : (asRecord(item)?.errorMessage ?? asRecord(item)?.message));
  for (const item of asArray(asRecord(job.result)?.errors)) add(asRecord(item)?.errorMessage ?? asRecord(item)?.description);
  for (const object of asArray(job.objects)) {
    const stage = asRecord(object);
    for (const error of asArray(stage?.errors)) add(typeof error === 'string' && typeof stage?.name === 'string' ? `${stage.name}: ${error}` : error);
  }
  for (const item of asArray(job.stages)) {
    const stage = asRecord(item);
    if (typeof stage?.status === 'string' && /^(failed|error)$/i.test(stage.status))
      add(`stage ${typeof stage.id === 'string' ? stage.id : '?'} ${stage.status}`);
  }
  const code = job.errorCode ?? nested?.errorCode;
  return { errorCode: typeof code === 'string' && code !== '' ? code : undefined, errors };
}

export interface JobProgressCount {
  /** Units done: batches, stages or exported objects, whichever the job reports. */
  done: number | undefined;
  total: number | undefined;
}

export function readProgress(spec: NueJobKindSpec, body: unknown): JobProgressCount {
  const job = jobObject(spec, body);
  // Stryker disable next-line ObjectLiteral: the only caller destructures done and total, undefined either way
  if (!job) return { done: undefined, total: undefined };
  if (typeof job.totalBatches === 'number' && typeof job.batchesProcessed === 'number') return { done: job.batchesProcessed, total: job.totalBatches };
  for (const key of ['stages', 'objects']) {
    const parts = asArray(job[key]).map(asRecord);
    if (parts.length > 0) {
      const done = parts.filter((part) => typeof part?.status === 'string' && /^(completed|partialcompleted|failed|error)$/i.test(part.status)).length;
      return { done, total: parts.length };
    }
  }
  const result = asRecord(job.result);
  if (result) {
    const counts = ['successCount', 'skipCount', 'failureCount'].map((key) => result[key]).filter((n): n is number => typeof n === 'number');
    if (counts.length > 0) return { done: counts.reduce((a, b) => a + b, 0), total: undefined };
  }
  // Stryker disable next-line ObjectLiteral: the only caller destructures done and total, undefined either way
  return { done: undefined, total: undefined };
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
