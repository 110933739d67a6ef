// The fetch that typed clients use: timeouts, retries, credentials and typed errors around
// one `fetch` per attempt. It is handed to openapi-fetch as its `fetch`, so everything
// above it (serialisation, parsing) stays openapi-fetch's own.
import { readCallOverrides } from '../call-options.js';
import { AbortError } from '../errors/abort-error.js';
import { ApiError, type ApiErrorDetails } from '../errors/api-error.js';
import { NetworkError } from '../errors/network-error.js';
import type { RequestDescription } from '../errors/request-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import type { Redactor } from '../redaction/redactor.js';
import {
  backoffDelay,
  isIdempotent,
  isRetryableFailure,
  isRetryableStatus,
  parseRetryAfter,
  type ResolvedRetryOptions,
  type RetryOptions,
  resolveRetryOptions,
} from '../retry.js';
import { createAttemptClock } from './attempt-clock.js';
import { type AttemptSignal, startAttemptSignal } from './attempt-signal.js';
import type { AuthHook } from './auth-hook.js';
import { classifyFailure } from './classify-failure.js';
import type { Logger } from './log.js';
import { readErrorBody, readRequestId } from './read-error-body.js';
import { type CallContext, contextOf } from './request-context.js';
import { sleep } from './sleep.js';
import { resolveTimeouts, type TimeoutOptions } from './timeout-options.js';

export type FetchFunction = (input: Request, init?: RequestInit) => Promise<Response>;

/** Builds the error for a non-2xx answer: the vendor's own class, made once from the details. */
export type ApiErrorFactory = (details: ApiErrorDetails) => Error;

export interface TransportOptions {
  fetch?: FetchFunction;
  retry?: RetryOptions;
  timeout?: TimeoutOptions;
  throwOnError?: boolean;
  auth?: AuthHook;
  redactor: Redactor;
  log?: Logger;
  apiError?: ApiErrorFactory;
}

export interface Transport {
  /** The fetch handed to openapi-fetch: every attempt of one call, up to a response or a typed error. */
  send(request: Request): Promise<Response>;
  /**
   * After the body of a response to `context`'s call broke off while being read: resolves true,
   * after the backoff, when the call may be sent again (an idempotent method, retries and
   * deadline left); false when it may not; rejects with AbortError when the caller aborts.
   */
  mayRepeat(context: CallContext): Promise<boolean>;
}

const defaultApiError: ApiErrorFactory = (details) => new ApiError(details);

export function createTransport(options: TransportOptions): Transport {
  const baseFetch: FetchFunction = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const { redactor, auth, log } = options;
  const apiError = options.apiError ?? defaultApiError;
  // Client-level options are checked now (a ConfigurationError at creation, not at the first
  // call) and resolved once; a call that brings its own options resolves them on top.
  const clientRetry = resolveRetryOptions(options.retry);
  const clientTimeouts = resolveTimeouts(options.timeout);
  const clock = createAttemptClock();
  const retryOptionsOf = (request: Request): ResolvedRetryOptions => {
    const overrides = readCallOverrides(request);
    return overrides?.retry ? resolveRetryOptions(options.retry, overrides.retry) : clientRetry;
  };
  const aborted = (request: Request, pathTemplate: string | undefined) =>
    new AbortError(`${request.method} ${pathTemplate ?? redactor.url(request.url)}`, request.signal.reason);

  /** Waits before retry `attempt`; the caller's abort ends the wait with AbortError. */
  async function waitToRetry(request: Request, pathTemplate: string | undefined, delayMs: number, attempt: number, status: number | undefined): Promise<void> {
    const url = redactor.url(request.url);
    log?.({
      level: 'debug',
      message: `retrying ${request.method} ${url} in ${Math.round(delayMs)} ms`,
      method: request.method,
      url,
      attempt,
      ...(status === undefined ? {} : { status }),
      delayMs,
    });
    try {
      await sleep(delayMs, request.signal);
    } catch {
      throw aborted(request, pathTemplate);
    }
  }

  async function mayRepeat(context: CallContext): Promise<boolean> {
    const original = context.request;
    if (!original || !isIdempotent(original.method)) return false;
    const attempt = context.attempts ?? 1;
    const retry = retryOptionsOf(original);
    if (attempt > retry.retries) return false;
    const delay = backoffDelay(attempt, retry);
    if (context.deadline !== undefined && Date.now() + delay >= context.deadline) return false;
    await waitToRetry(original, context.pathTemplate, delay, attempt, undefined);
    return true;
  }

  async function send(original: Request): Promise<Response> {
    const overrides = readCallOverrides(original);
    const retry = retryOptionsOf(original);
    const timeouts = overrides?.timeout ? resolveTimeouts(options.timeout, overrides.timeout) : clientTimeouts;
    const throwOnError = overrides?.throwOnError ?? options.throwOnError ?? true;
    const callerSignal = original.signal;
    const method = original.method;
    const context = contextOf(original);
    const deadline = context?.deadline ?? (timeouts.totalMs === undefined ? undefined : Date.now() + timeouts.totalMs);
    if (context) {
      context.request = original;
      context.deadline = deadline;
    }
    const hasBody = original.body !== null;
    const describe = (): RequestDescription => ({ method, pathTemplate: context?.pathTemplate, url: redactor.url(original.url) });
    let resentAfter401 = false;

    for (let attempt = (context?.attempts ?? 0) + 1; ; attempt++) {
      if (context) context.attempts = attempt;
      if (callerSignal.aborted) throw aborted(original, context?.pathTemplate);
      const remaining = deadline === undefined ? undefined : deadline - Date.now();
      if (remaining !== undefined && remaining <= 0) throw new TimeoutError(describe(), 'deadline', timeouts.totalMs ?? 0);

      // A body can be read once; keep the original intact for any later attempt.
      const unsent = hasBody ? original.clone() : original;
      // Without a context (a Request not made by our client), the Request's signal is all we know of the caller's.
      const attemptSignal = startAttemptSignal(
        clock,
        callerSignal,
        context ? context.callerSignal : callerSignal,
        timeouts.attemptMs,
        remaining,
        timeouts.totalMs,
      );
      const signal = attemptSignal.signal;

      let response: Response;
      try {
        // A hook that answers at once (static credentials, a key) is not awaited: an await is a
        // measurable part of a call that costs a few microseconds in all (BENCHMARKS.md).
        const authorized = auth ? auth.authorize(unsent, signal) : unsent;
        response = await baseFetch(authorized instanceof Request ? authorized : await authorized, { signal });
      } catch (error) {
        attemptSignal.detach();
        if (callerSignal.aborted) throw aborted(original, context?.pathTemplate);
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
        await waitToRetry(original, context?.pathTemplate, backoffDelay(attempt, retry), attempt, undefined);
        continue;
      } finally {
        attemptSignal.release();
      }

      if (response.status === 401 && auth?.onUnauthorized && !resentAfter401) {
        resentAfter401 = true;
        if (await auth.onUnauthorized(unsent, callerSignal)) {
          attemptSignal.detach();
          await response.body?.cancel();
          attempt--; // a resend with fresh credentials is not a retry
          continue;
        }
        return finish(response, attemptSignal);
      }

      if (!response.ok && attempt <= retry.retries && isRetryableStatus(method, response.status)) {
        const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
        const delay = retryAfter ?? backoffDelay(attempt, retry);
        const withinCap = retryAfter === undefined || retryAfter <= retry.maxRetryAfterMs;
        const withinDeadline = deadline === undefined || Date.now() + delay < deadline;
        if (withinCap && withinDeadline) {
          attemptSignal.detach();
          await response.body?.cancel();
          await waitToRetry(original, context?.pathTemplate, delay, attempt, response.status);
          continue;
        }
      }
      return finish(response, attemptSignal);
    }

    /** The answer handed to openapi-fetch, or the typed error of a non-2xx one. Not async: a 2xx goes back without another promise. */
    function finish(response: Response, attemptSignal: AttemptSignal): Response | Promise<never> {
      if (!response.ok && throwOnError) return failWith(response, attemptSignal);
      // openapi-fetch reads the body after this returns, and the caller's abort must still reach
      // it: the client detaches once the call has settled (create-core-client.ts). A Request
      // without a context (not made by our client) keeps the forwarding for the signal's life.
      if (context) context.detachCaller = attemptSignal.detach;
      return response;
    }

    async function failWith(response: Response, attemptSignal: AttemptSignal): Promise<never> {
      const description = describe();
      const body = await readErrorBody(response, redactor);
      attemptSignal.detach();
      log?.({
        level: 'warn',
        message: `${method} ${description.url} failed with ${response.status}`,
        method,
        url: description.url,
        attempt: 0,
        status: response.status,
      });
      throw apiError({ ...description, status: response.status, statusText: response.statusText, body, requestId: readRequestId(response.headers) });
    }
  }

  return { send, mayRepeat };
}

/** Node's fetch reports every transport failure as `TypeError: fetch failed` (with a cause), or a system error. */
function isFetchFailure(error: Error): boolean {
  return error.name === 'TypeError' || typeof (error as { code?: unknown }).code === 'string';
}
