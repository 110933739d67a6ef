// `nue.jobs.wait(...)`: polls a job's status endpoint until a terminal status, with growing pauses
// (the core's backoff with jitter), reporting each answer to `onProgress`. Requests go through the
// typed client's transport: credentials, retries of failed polls, timeouts and errors are the
// shared ones.
//
// Decisions (the docs do not describe polling):
// - The first poll is immediate; then pauses start at `intervalMs` (1 s) and double up to
//   `maxIntervalMs` (15 s), with jitter.
// - `timeoutMs` (default 15 minutes) is measured with the client's clock (`now`); a poll in flight
//   when it runs out is cancelled. The job itself keeps running at Nue.
// - A status answer without a status is a ResponseParseError (a broken server must not make the
//   wait run into its timeout); a poll that fails after the core's retries ends the wait with its
//   error (e.g. NueApiError 404 for an unknown job id).
// - PartialCompleted raises NueJobError with `partial: true` unless `acceptPartial` is set.
// - An exception thrown by `onProgress` ends the wait with that exception.

import type { Logger } from '../../core/create-core-client.js';
import { type CallOptions, helperInit } from '../../core/create-core-client.js';
import { AbortError, ConfigurationError, isCreditlineError, ResponseParseError } from '../../core/errors.js';
import type { Redactor } from '../../core/redaction/redactor.js';
import { backoffDelay, type ResolvedRetryOptions, sleep } from '../../core/retry.js';
import { NueJobError, NueJobTimeoutError } from '../errors.js';
import type { NueGetPath, RawAnswerClient } from '../raw-answer-client.js';
import { classifyStatus, isNueJobKind, NUE_JOB_KINDS, type NueJobKind, type NueJobKindSpec } from './job-kinds.js';
import { parseStatusBody, readErrors, readProgress, readStatus } from './job-status.js';

const DEFAULT_JOB_TIMEOUT_MS = 15 * 60_000;
const DEFAULT_JOB_INTERVAL_MS = 1_000;
const DEFAULT_JOB_MAX_INTERVAL_MS = 15_000;

/** A job to wait for: its kind (which status endpoint) and id. */
export interface NueJobRef {
  /** The kind of job, which names its status endpoint. */
  kind: NueJobKind;
  /** The job's id, as the call that started it answered. */
  jobId: string;
}

/** What `onProgress` of `jobs.wait` receives after every status answer. */
export interface NueJobProgress {
  /** The kind of job. */
  kind: NueJobKind;
  /** The job's id. */
  jobId: string;
  /** The status this answer reported, e.g. `Processing`. */
  status: string;
  /** Status answers so far, this one included. */
  polls: number;
  /** Time since the wait began, by the client's clock. */
  elapsedMs: number;
  /** Batches, stages or exported objects done, when the job reports them. */
  done: number | undefined;
  /** Batches, stages or exported objects in all, when the job reports them. */
  total: number | undefined;
  /** The status answer (secrets masked). */
  job: unknown;
}

export interface WaitForJobOptions extends CallOptions {
  /** Called after every status answer, the final one included. */
  onProgress?: (progress: NueJobProgress) => void;
  /** Give up after this long (default 15 minutes), with NueJobTimeoutError. */
  timeoutMs?: number;
  /** First pause between polls (default 1000 ms); pauses double up to `maxIntervalMs`. */
  intervalMs?: number;
  /** Longest pause between polls (default 15000 ms). */
  maxIntervalMs?: number;
  /** Resolve on `PartialCompleted` instead of raising NueJobError (default false). */
  acceptPartial?: boolean;
}

/** What `jobs.wait` resolves with: how the job ended. */
export interface NueJobResult {
  /** The kind of job. */
  kind: NueJobKind;
  /** The job's id. */
  jobId: string;
  /** The terminal status, e.g. `Completed`. */
  status: string;
  /** true when the job completed only partially (`PartialCompleted`, with `acceptPartial`). */
  partial: boolean;
  /** Status answers in all. */
  polls: number;
  /** The last status answer (secrets masked). */
  job: unknown;
}

export interface JobContext {
  client: RawAnswerClient;
  redactor: Redactor;
  now: () => number;
  log: Logger | undefined;
  baseUrl: string;
}

/** One status request: the parsed answer, secrets masked. */
export async function fetchJobStatus(context: JobContext, ref: NueJobRef, options?: CallOptions): Promise<unknown> {
  const spec = specOf(ref);
  const { data, response } = await context.client.GET(spec.statusPath, {
    ...helperInit(options),
    params: { path: { jobId: checkJobId(ref.jobId) } },
    parseAs: 'text',
  });
  return context.redactor.value(parseStatusBody(data ?? '', response, { method: 'GET', pathTemplate: spec.statusPath, redactor: context.redactor }));
}

/** The billing job error log as text (secrets masked). */
export async function fetchErrorLog(context: JobContext, jobId: string, path: NueGetPath, options?: CallOptions): Promise<string> {
  const { data } = await context.client.GET(path, { ...helperInit(options), params: { path: { jobId: checkJobId(jobId) } }, parseAs: 'text' });
  return context.redactor.text(data ?? '');
}

export async function waitForJob(context: JobContext, ref: NueJobRef, options: WaitForJobOptions = {}): Promise<NueJobResult> {
  const spec = specOf(ref);
  const jobId = checkJobId(ref.jobId);
  const timeoutMs = positive('timeoutMs', options.timeoutMs, DEFAULT_JOB_TIMEOUT_MS);
  const pacing: ResolvedRetryOptions = {
    retries: 0,
    maxRetryAfterMs: 0,
    baseDelayMs: positive('intervalMs', options.intervalMs, DEFAULT_JOB_INTERVAL_MS),
    maxDelayMs: positive('maxIntervalMs', options.maxIntervalMs, DEFAULT_JOB_MAX_INTERVAL_MS),
  };
  const { signal } = options;
  const started = context.now();
  const remaining = () => timeoutMs - (context.now() - started);
  // Stryker disable next-line OptionalChaining: aborted() is only called once the caller's signal has aborted, so the signal exists
  const aborted = () => new AbortError(`waiting for Nue ${ref.kind} job ${jobId}`, signal?.reason);
  let polls = 0;
  let lastStatus: string | undefined;
  const timedOut = () => new NueJobTimeoutError(ref.kind, jobId, timeoutMs, lastStatus, polls);

  for (let round = 1; ; round++) {
    if (signal?.aborted) throw aborted();
    if (remaining() <= 0) throw timedOut();

    const body = await withinDeadline(
      remaining(),
      signal,
      (pollSignal) =>
        fetchJobStatus(context, { kind: ref.kind, jobId }, { signal: pollSignal, ...(options.creditline ? { creditline: options.creditline } : {}) }),
      timedOut,
      aborted,
    );
    polls++;
    const status = readStatus(spec, body);
    if (status === undefined) {
      throw new ResponseParseError(
        { method: 'GET', pathTemplate: spec.statusPath, url: jobUrl(context, spec.statusPath, jobId) },
        `the answer has no ${spec.statusField}`,
      );
    }
    lastStatus = status;
    const { done, total } = readProgress(spec, body);
    options.onProgress?.({ kind: ref.kind, jobId, status, polls, elapsedMs: context.now() - started, done, total, job: body });

    const outcome = classifyStatus(spec, status);
    if (outcome === 'success' || (outcome === 'partial' && options.acceptPartial)) {
      return { kind: ref.kind, jobId, status, partial: outcome === 'partial', polls, job: body };
    }
    if (outcome === 'partial' || outcome === 'failure') {
      const { errorCode, errors } = readErrors(spec, body);
      const errorLog = spec.errorLogPath ? await readErrorLogQuietly(context, jobId, spec.errorLogPath, signal, aborted) : undefined;
      throw new NueJobError({ kind: ref.kind, jobId, status, partial: outcome === 'partial', errorCode, errors, errorLog, job: body });
    }

    const left = remaining();
    if (left <= 0) throw timedOut();
    try {
      await sleep(Math.min(backoffDelay(round, pacing), left), signal);
    } catch {
      throw aborted();
    }
  }
}

/** Runs one request that is cancelled when the wait's time runs out (by the real timer) or the caller aborts. */
async function withinDeadline<T>(
  remainingMs: number,
  signal: AbortSignal | undefined,
  run: (signal: AbortSignal) => Promise<T>,
  timedOut: () => Error,
  aborted: () => Error,
): Promise<T> {
  const deadline = new AbortController();
  // setTimeout takes at most 2^31-1 ms.
  const timer = setTimeout(() => deadline.abort(new Error('job wait deadline')), Math.min(remainingMs, 2_147_483_647));
  const combined = signal ? AbortSignal.any([signal, deadline.signal]) : deadline.signal;
  try {
    return await run(combined);
  } catch (error) {
    if (signal?.aborted) throw aborted();
    if (deadline.signal.aborted) throw timedOut();
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

async function readErrorLogQuietly(
  context: JobContext,
  jobId: string,
  path: NueGetPath,
  signal: AbortSignal | undefined,
  aborted: () => Error,
): Promise<string | undefined> {
  try {
    return await fetchErrorLog(context, jobId, path, signal ? { signal } : undefined);
  } catch (error) {
    if (signal?.aborted) throw aborted();
    if (!isCreditlineError(error)) throw error;
    context.log?.({
      level: 'debug',
      message: `could not read the error log of Nue job ${jobId}: ${error.name}`,
      method: 'GET',
      url: jobUrl(context, path, jobId),
      attempt: 0,
    });
    return undefined;
  }
}

/**
 * The job's URL for errors and log lines (the base URL in the context is already redacted, and
 * redacting normalises it with a trailing slash, which the path's own leading slash would double).
 */
function jobUrl(context: JobContext, path: NueGetPath, jobId: string): string {
  return `${context.baseUrl.replace(/\/+$/, '')}${path.replace('{jobId}', encodeURIComponent(jobId))}`;
}

function specOf(ref: NueJobRef): NueJobKindSpec {
  if (!ref || !isNueJobKind(ref.kind)) {
    throw new ConfigurationError('jobs: kind', `must be one of ${Object.keys(NUE_JOB_KINDS).join(', ')}; got ${String(ref?.kind)}`);
  }
  return NUE_JOB_KINDS[ref.kind];
}

function checkJobId(jobId: unknown): string {
  if (typeof jobId !== 'string' || jobId.trim() === '') throw new ConfigurationError('jobs: jobId', 'must be a non-empty string');
  return jobId;
}

function positive(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0) throw new ConfigurationError(`jobs.wait: ${name}`, `must be a finite number > 0, got ${String(value)}`);
  return value;
}
