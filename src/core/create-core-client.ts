// The typed openapi-fetch client every vendor factory returns, and `send`, the fetch it is given:
// one function that takes a request from openapi-fetch to a response or a typed error. openapi-fetch
// builds the URL, serialises and parses; `send` adds the credentials, one timer per attempt,
// retries, and reads a 2xx body within its attempt, so that a body that breaks off is one more
// failed attempt rather than a failure after the call returned. No per-operation code lives here.
import createClient, { type Client, type ClientOptions, type PathSerializer, type QuerySerializer, type QuerySerializerOptions } from 'openapi-fetch';
import type { MediaType } from 'openapi-typescript-helpers';
import { readRequestId } from './answers.js';
import {
  AbortError,
  ApiError,
  type ApiErrorDetails,
  NetworkError,
  type RequestDescription,
  type RequestError,
  ResponseParseError,
  TimeoutError,
} from './errors.js';
import type { Redactor } from './redaction/redactor.js';
import {
  attemptLimit,
  backoffDelay,
  isIdempotent,
  isRetryableStatus,
  parseRetryAfter,
  type RetryOptions,
  resolveRetryOptions,
  resolveTimeouts,
  sleep,
  type TimeoutOptions,
} from './retry.js';

/** The `fetch` a client sends with: the global one by default, or your own (a proxy's, a test's). */
export type FetchFunction = (input: Request, init?: RequestInit) => Promise<Response>;

/** A debug line for each retry, a warning for each error answer; every URL in it is already masked. */
export interface LogEntry {
  /** `debug` for retries and Nue's logins and renewals, `warn` for an error answer. */
  level: 'debug' | 'warn';
  /** The line itself, secrets masked, e.g. `retrying GET https://… in 250 ms`. */
  message: string;
  /** HTTP method, upper case. */
  method: string;
  /** The request URL with secrets masked. */
  url: string;
  /** The attempt that failed (1 for the first); 0 for lines about the call as a whole. */
  attempt: number;
  /** The answer's status, when there was an answer. */
  status?: number;
  /** How long the client waits before the next attempt. */
  delayMs?: number;
}

/** Receives the {@link LogEntry} lines of a client: `log: (entry) => console.debug(entry.message)`. */
export type Logger = (entry: LogEntry) => void;

/** What every vendor client accepts besides its credentials. */
export interface CommonClientOptions {
  /** Override the API's base URL (tests, proxies, sandboxes). */
  baseUrl?: string;
  /** The fetch to send with (default: global fetch). */
  fetch?: FetchFunction;
  /** When a failed call is sent again, and how long to wait before (see {@link RetryOptions}). */
  retry?: RetryOptions;
  /** How long one attempt and the whole call may take (see {@link TimeoutOptions}). */
  timeout?: TimeoutOptions;
  /** Raw typed calls throw `ApiError` on non-2xx (default true); false keeps openapi-fetch's `{ data, error }` results. Helpers always throw. */
  throwOnError?: boolean;
  /** Receives debug and warning lines with secrets already masked. */
  log?: Logger;
  /** Headers sent with every request. */
  headers?: ClientOptions['headers'];
}

/** Per-call overrides of the client's options: `client.GET(path, { creditline: { … } })`. */
export interface CallOverrides {
  /** Laid over the client's `retry` for this call. */
  retry?: RetryOptions;
  /** Laid over the client's `timeout` for this call. */
  timeout?: TimeoutOptions;
  /** Raw typed calls only: throw on a non-2xx answer (default: the client's `throwOnError`). Helpers always throw. */
  throwOnError?: boolean;
}

/** The options every helper and `readCreditBalances` take. */
export interface CallOptions {
  /** Aborts the call (and a pager's walk, a job's wait) with an `AbortError`. */
  signal?: AbortSignal;
  /** This call's own retry, timeout and error options. */
  creditline?: CallOverrides;
}

declare global {
  interface RequestInit {
    /** Per-call retry, timeout and error options of creditline clients. */
    creditline?: CallOverrides;
  }
}

/** How a vendor's credentials get onto a request; called on every attempt, so a renewed token is picked up. */
export interface AuthHook {
  /** The request with credentials added: headers may be set in place (each attempt's request is the transport's own); return a new Request only to change the URL. */
  authorize(request: Request, signal: AbortSignal): Request | Promise<Request>;
  /** The server answered 401: resolve true when the credentials were renewed and the request should be sent once more (never twice a call). */
  onUnauthorized?(request: Request, signal: AbortSignal): Promise<boolean>;
}

/** Builds the error for a non-2xx answer: the vendor's own class, made once from the details. */
export type ApiErrorFactory = (details: ApiErrorDetails) => Error;

export interface CoreClientOptions extends CommonClientOptions {
  baseUrl: string;
  redactor: Redactor;
  auth?: AuthHook;
  pathSerializer?: PathSerializer;
  querySerializer?: QuerySerializer<unknown> | QuerySerializerOptions;
  /** How fetch treats redirects (default `follow`, as openapi-fetch does). */
  redirect?: RequestInit['redirect'];
  /** The vendor's error for a non-2xx answer (default `ApiError`). */
  apiError?: ApiErrorFactory;
}

/** The init a helper passes to a typed call: the caller's signal and overrides, and always throwing. */
export function helperInit(options: CallOptions | undefined): { signal?: AbortSignal; creditline: CallOverrides } {
  const init: { signal?: AbortSignal; creditline: CallOverrides } = { creditline: { ...options?.creditline, throwOnError: true } };
  if (options?.signal) init.signal = options.signal;
  return init;
}

/** What openapi-fetch knows of a call and the Request does not: the spec's path template and how the body will be read. */
interface CallFacts {
  pathTemplate: string;
  parseAs: string;
}

export function createCoreClient<Paths extends {}, Media extends MediaType = MediaType>(options: CoreClientOptions): { client: Client<Paths, Media> } {
  const { redactor, auth, log } = options;
  const baseFetch: FetchFunction = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const apiError = options.apiError ?? ((details) => new ApiError(details));
  const clientRetry = resolveRetryOptions(options.retry);
  const clientTimeouts = resolveTimeouts(options.timeout);
  const facts = new WeakMap<Request, CallFacts>();
  // The text of each 2xx body `send` read within its attempt, so that the JSON check below needs
  // no second copy of the stream.
  const bodiesRead = new WeakMap<Response, string>();

  const client = createClient<Paths, Media>({
    baseUrl: options.baseUrl,
    fetch: send,
    ...(options.headers ? { headers: options.headers } : {}),
    ...(options.pathSerializer ? { pathSerializer: options.pathSerializer } : {}),
    ...(options.querySerializer ? { querySerializer: options.querySerializer as QuerySerializerOptions } : {}),
    ...(options.redirect ? { redirect: options.redirect } : {}),
  });
  // The first middleware: its onRequest sees the Request openapi-fetch built (a user middleware
  // that replaces it loses these facts: such a call names its URL instead of its path template,
  // and its body is left to openapi-fetch, as for `parseAs: 'stream'`), and its onResponse runs
  // last, after any other middleware (a validator) has seen the answer.
  client.use({
    onRequest({ request, schemaPath, options: { parseAs } }) {
      facts.set(request, { pathTemplate: schemaPath, parseAs });
      return undefined;
    },
    async onResponse({ request, response, schemaPath, options: { parseAs } }) {
      // openapi-fetch would fail on a 2xx body that is not JSON with a bare SyntaxError.
      if (parseAs !== 'json' || !response.ok || response.status === 204) return undefined;
      const text = bodiesRead.get(response) ?? (await response.clone().text());
      if (text === '' || isJson(text)) return undefined;
      throw new ResponseParseError({ method: request.method, pathTemplate: schemaPath, url: redactor.url(request.url) }, 'the body is not valid JSON');
    },
  });
  return { client };

  async function send(request: Request): Promise<Response> {
    const call = facts.get(request);
    const overrides = (request as Request & { creditline?: CallOverrides }).creditline;
    const retry = overrides?.retry ? resolveRetryOptions(options.retry, overrides.retry) : clientRetry;
    const timeouts = overrides?.timeout ? resolveTimeouts(options.timeout, overrides.timeout) : clientTimeouts;
    const throwOnError = overrides?.throwOnError ?? options.throwOnError ?? true;
    // A body the caller streams is theirs to read; any other is read within its attempt (from a
    // copy, which openapi-fetch then parses from memory).
    const readsBody = call !== undefined && call.parseAs !== 'stream' && request.method !== 'HEAD';
    const { method, signal: callerSignal } = request;
    redactor.noteUrl(request.url);
    const described: RequestDescription = { method, pathTemplate: call?.pathTemplate, url: redactor.url(request.url) };
    const aborted = () => new AbortError(`${method} ${described.pathTemplate ?? described.url}`, callerSignal.reason);
    const deadline = timeouts.totalMs === undefined ? undefined : Date.now() + timeouts.totalMs;
    let resentAfter401 = false;

    for (let attempt = 1; ; attempt++) {
      if (callerSignal.aborted) throw aborted();
      const remainingMs = deadline === undefined ? undefined : deadline - Date.now();
      if (remainingMs !== undefined && remainingMs <= 0) throw new TimeoutError(described, 'deadline', timeouts.totalMs ?? 0);
      /** Whether a retry is left whose wait ends before the call's deadline. */
      const mayRetry = (delayMs: number) => attempt <= retry.retries && (deadline === undefined || Date.now() + delayMs < deadline);
      const waitToRetry = async (delayMs: number, status?: number) => {
        log?.({
          level: 'debug',
          message: `retrying ${method} ${described.url} in ${Math.round(delayMs)} ms`,
          method,
          url: described.url,
          attempt,
          ...(status === undefined ? {} : { status }),
          delayMs,
        });
        await sleep(delayMs, callerSignal).catch(() => {
          throw aborted();
        });
      };

      // One timer per attempt; it covers the wait for the headers, and the body may take as long as the caller waits.
      const limit = attemptLimit(timeouts, remainingMs);
      const timer = new AbortController();
      const timeout = limit && setTimeout(() => timer.abort(), limit.waitMs);
      const signal = AbortSignal.any([callerSignal, timer.signal]);
      const unsent = request.body === null ? request : request.clone(); // a body can be sent once

      let response: Response;
      try {
        const authorized = auth ? await auth.authorize(unsent, signal) : unsent;
        redactor.noteUrl(authorized.url);
        response = await baseFetch(authorized, { signal }).catch((error: unknown) => {
          throw new TransportFailure('fetch', error);
        });
        clearTimeout(timeout);
        if (response.ok && readsBody) {
          const text = await response
            .clone()
            .text()
            .catch((error: unknown) => {
              throw new TransportFailure('body', error);
            });
          bodiesRead.set(response, text);
        }
      } catch (error) {
        if (callerSignal.aborted) throw aborted();
        let failure: RequestError;
        let mayResend: boolean;
        if (timer.signal.aborted && limit) {
          failure = new TimeoutError(described, limit.kind, limit.timeoutMs);
          // A timed-out POST may have been applied. (Past the deadline no retry is left anyway.)
          mayResend = isIdempotent(method);
        } else if (error instanceof TransportFailure) {
          // Classified by where it happened, not by its class: each runtime rejects with its own.
          const { code, reason, connectionRefused } = describeFailure(error.cause);
          const masked = redactor.text(reason);
          failure = new NetworkError(described, code, error.stage === 'body' ? `the response body broke off: ${masked}` : masked);
          // A POST is sent again only when its connection was refused: then nothing of it left.
          mayResend = isIdempotent(method) || connectionRefused;
        } else {
          throw error; // the auth hook's own, already typed (a failed login)
        }
        const delayMs = backoffDelay(attempt, retry);
        if (!mayResend || !mayRetry(delayMs)) throw failure;
        await waitToRetry(delayMs);
        continue;
      } finally {
        clearTimeout(timeout);
      }

      if (response.status === 401 && auth?.onUnauthorized && !resentAfter401) {
        resentAfter401 = true;
        if (await auth.onUnauthorized(unsent, callerSignal)) {
          await response.body?.cancel();
          attempt--; // a resend with fresh credentials is not a retry
          continue;
        }
      } else if (!response.ok && isRetryableStatus(method, response.status)) {
        const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
        const delayMs = retryAfterMs ?? backoffDelay(attempt, retry);
        if ((retryAfterMs === undefined || retryAfterMs <= retry.maxRetryAfterMs) && mayRetry(delayMs)) {
          await response.body?.cancel();
          await waitToRetry(delayMs, response.status);
          continue;
        }
      }

      if (response.ok || !throwOnError) return response; // openapi-fetch reads it into `{ data }` or `{ error }`
      const body = await readErrorBody(response, redactor);
      log?.({
        level: 'warn',
        message: `${method} ${described.url} failed with ${response.status}`,
        method,
        url: described.url,
        attempt: 0,
        status: response.status,
      });
      throw apiError({ ...described, status: response.status, statusText: response.statusText, body, requestId: readRequestId(response.headers) });
    }
  }
}

/** A rejection of the fetch promise or of reading the body, told apart from the auth hook's typed errors. */
class TransportFailure extends Error {
  constructor(
    readonly stage: 'fetch' | 'body',
    cause: unknown,
  ) {
    super(stage, { cause });
  }
}

const CONNECT_PHASE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

/**
 * What a failed fetch or body read says: its innermost message, and the system error code when the
 * runtime gives one. Node rejects with `TypeError: fetch failed` and hides the system error in
 * `cause` (an AggregateError of one per address when several were tried); workerd rejects with a
 * plain Error and no code.
 */
function describeFailure(error: unknown): { code: string | undefined; reason: string; connectionRefused: boolean } {
  const codes: string[] = [];
  const seen = new Set<unknown>(); // a cause may point back at an error it came from
  const collect = (value: unknown): void => {
    if (!value || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    const { code, cause, errors } = value as { code?: unknown; cause?: unknown; errors?: unknown };
    if (typeof code === 'string') codes.push(code);
    if (Array.isArray(errors)) for (const nested of errors) collect(nested);
    collect(cause);
  };
  collect(error);
  let innermost = error;
  const chain = new Set([error]);
  while (innermost instanceof Error && innermost.cause instanceof Error && !chain.has(innermost.cause)) {
    innermost = innermost.cause;
    chain.add(innermost);
  }
  const message = innermost instanceof Error && innermost.message ? innermost.message : String(innermost);
  const code = codes[0];
  return {
    code,
    reason: code && !message.includes(code) ? `${message} (${code})` : message,
    connectionRefused: codes.length > 0 && codes.every((c) => CONNECT_PHASE_CODES.has(c)),
  };
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** An error answer's body: JSON when it parses, else the text; secrets masked either way. */
async function readErrorBody(response: Response, redactor: Redactor): Promise<unknown> {
  const text = await response.text().catch(() => '');
  if (text === '') return undefined;
  try {
    return redactor.value(JSON.parse(text) as unknown);
  } catch {
    return redactor.text(text);
  }
}
