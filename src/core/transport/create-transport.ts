// The fetch that typed clients use: timeouts, retries, credentials and typed errors around
// one `fetch` per attempt. It is handed to openapi-fetch as its `fetch`, so everything
// above it (serialisation, middleware, parsing) stays openapi-fetch's own.
import { readCallOptions } from '../call-options.js';
import { AbortError } from '../errors/abort-error.js';
import { ApiError } from '../errors/api-error.js';
import type { RequestDescription } from '../errors/creditline-error.js';
import { NetworkError } from '../errors/network-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import type { Redactor } from '../redaction/redactor.js';
import { backoffDelay } from '../retry/backoff.js';
import { isRetryableFailure, isRetryableStatus } from '../retry/is-retryable.js';
import { parseRetryAfter } from '../retry/retry-after.js';
import { resolveRetryOptions, type RetryOptions } from '../retry/retry-options.js';
import { startAttemptSignal } from './attempt-signal.js';
import type { AuthHook } from './auth-hook.js';
import { classifyFailure } from './classify-failure.js';
import type { Logger } from './log.js';
import { readErrorBody, readRequestId } from './read-error-body.js';
import { pathTemplateOf } from './request-context.js';
import { sleep } from './sleep.js';
import { resolveTimeouts, type TimeoutOptions } from './timeout-options.js';

export type FetchFunction = (input: Request, init?: RequestInit) => Promise<Response>;

export interface TransportOptions {
  fetch?: FetchFunction | undefined;
  retry?: RetryOptions | undefined;
  timeout?: TimeoutOptions | undefined;
  throwOnError?: boolean | undefined;
  auth?: AuthHook | undefined;
  redactor: Redactor;
  log?: Logger | undefined;
}

export type Transport = (request: Request) => Promise<Response>;

export function createTransport(options: TransportOptions): Transport {
  const baseFetch: FetchFunction = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const { redactor, auth, log } = options;
  // Client-level options are checked now (a ConfigurationError at creation, not at the first
  // call) and resolved once; a call that brings its own options resolves them on top.
  const clientRetry = resolveRetryOptions(options.retry);
  const clientTimeouts = resolveTimeouts(options.timeout);

  return async function send(original: Request): Promise<Response> {
    const callOptions = readCallOptions(original);
    const retry = callOptions?.retry ? resolveRetryOptions(options.retry, callOptions.retry) : clientRetry;
    const timeouts = callOptions?.timeout ? resolveTimeouts(options.timeout, callOptions.timeout) : clientTimeouts;
    const throwOnError = callOptions?.throwOnError ?? options.throwOnError ?? true;
    const callerSignal = original.signal;
    const method = original.method;
    const deadline = timeouts.totalMs === undefined ? undefined : Date.now() + timeouts.totalMs;
    const hasBody = original.body !== null;
    const describe = (): RequestDescription => ({ method, pathTemplate: pathTemplateOf(original), url: redactor.url(original.url) });
    const aborted = () => new AbortError(`${method} ${describe().pathTemplate ?? describe().url}`, callerSignal.reason);
    let resentAfter401 = false;

    for (let attempt = 1; ; attempt++) {
      if (callerSignal.aborted) throw aborted();
      const remaining = deadline === undefined ? undefined : deadline - Date.now();
      if (remaining !== undefined && remaining <= 0) throw new TimeoutError(describe(), 'deadline', timeouts.totalMs ?? 0);

      // A body can be read once; keep the original intact for any later attempt.
      const unsent = hasBody ? original.clone() : original;
      const attemptSignal = startAttemptSignal(callerSignal, timeouts.attemptMs, remaining, timeouts.totalMs);
      const signal = attemptSignal.signal;

      let response: Response;
      try {
        const request = auth ? await auth.authorize(unsent, signal) : unsent;
        response = await baseFetch(request, { signal });
      } catch (error) {
        if (callerSignal.aborted) throw aborted();
        const fired = attemptSignal.fired();
        if (!fired && error instanceof Error && !isFetchFailure(error)) throw error; // e.g. a failed login in the auth hook
        const failure = fired ? undefined : classifyFailure(error);
        const typed = fired
          ? new TimeoutError(describe(), fired.kind, fired.ms)
          : new NetworkError(describe(), failure?.code, redactor.text(failure?.reason ?? 'fetch failed'));
        const retryable =
          attempt <= retry.retries &&
          fired?.kind !== 'deadline' &&
          isRetryableFailure(method, { connectionRefused: failure?.connectionRefused ?? false, timedOut: fired !== undefined });
        if (!retryable) throw typed;
        await wait(backoffDelay(attempt, retry), attempt, undefined);
        continue;
      } finally {
        attemptSignal.release();
      }

      if (response.status === 401 && auth?.onUnauthorized && !resentAfter401) {
        resentAfter401 = true;
        if (await auth.onUnauthorized(unsent, callerSignal)) {
          await response.body?.cancel();
          attempt--; // a resend with fresh credentials is not a retry
          continue;
        }
        return finish(response);
      }

      if (!response.ok && attempt <= retry.retries && isRetryableStatus(method, response.status)) {
        const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
        const delay = retryAfter ?? backoffDelay(attempt, retry);
        const withinCap = retryAfter === undefined || retryAfter <= retry.maxRetryAfterMs;
        const withinDeadline = deadline === undefined || Date.now() + delay < deadline;
        if (withinCap && withinDeadline) {
          await response.body?.cancel();
          await wait(delay, attempt, response.status);
          continue;
        }
      }
      return finish(response);
    }

    async function wait(delayMs: number, attempt: number, status: number | undefined): Promise<void> {
      const url = describe().url;
      log?.({ level: 'debug', message: `retrying ${method} ${url} in ${Math.round(delayMs)} ms`, method, url, attempt, ...(status === undefined ? {} : { status }), delayMs });
      try {
        await sleep(delayMs, callerSignal);
      } catch {
        throw aborted();
      }
    }

    async function finish(response: Response): Promise<Response> {
      if (response.ok || !throwOnError) return response;
      const description = describe();
      const body = await readErrorBody(response, redactor);
      log?.({ level: 'warn', message: `${method} ${description.url} failed with ${response.status}`, method, url: description.url, attempt: 0, status: response.status });
      throw new ApiError({ ...description, status: response.status, statusText: response.statusText, body, requestId: readRequestId(response.headers) });
    }
  };
}

/** Node's fetch reports every transport failure as `TypeError: fetch failed` (with a cause), or a system error. */
function isFetchFailure(error: Error): boolean {
  return error.name === 'TypeError' || typeof (error as { code?: unknown }).code === 'string';
}
