// Builds the typed openapi-fetch client every vendor factory returns: openapi-fetch does
// URLs, serialisation and parsing; our transport underneath does timeouts, retries,
// credentials and errors. No per-operation code lives here.
import createClient, { type Client, type ClientOptions, type PathSerializer, type QuerySerializer, type QuerySerializerOptions } from 'openapi-fetch';
import type { MediaType } from 'openapi-typescript-helpers';
import { type CallOptions, helperInit } from './call-options.js';
import { AbortError } from './errors/abort-error.js';
import { CreditlineError } from './errors/creditline-error.js';
import { NetworkError } from './errors/network-error.js';
import type { RequestDescription } from './errors/request-error.js';
import { ResponseParseError } from './errors/response-parse-error.js';
import type { Redactor } from './redaction/redactor.js';
import type { RetryOptions } from './retry.js';
import type { AuthHook } from './transport/auth-hook.js';
import { classifyFailure } from './transport/classify-failure.js';
import { type ApiErrorFactory, createTransport, type FetchFunction } from './transport/create-transport.js';
import type { Logger } from './transport/log.js';
import { attachContext, type CallContext, initWithContext } from './transport/request-context.js';
import type { TimeoutOptions } from './transport/timeout-options.js';

/** What every vendor client accepts besides its credentials. */
export interface CommonClientOptions {
  /** Override the API's base URL (tests, proxies, sandboxes). */
  baseUrl?: string;
  /** The fetch to send with (default: global fetch). */
  fetch?: FetchFunction;
  retry?: RetryOptions;
  timeout?: TimeoutOptions;
  /** Raw typed calls throw `ApiError` on non-2xx (default true); false keeps openapi-fetch's `{ data, error }` results. Helpers always throw. */
  throwOnError?: boolean;
  /** Receives debug and warning lines with secrets already masked. */
  log?: Logger;
  /** Headers sent with every request. */
  headers?: ClientOptions['headers'];
}

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

const HTTP_METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;

export interface CoreClient<Paths extends {}, Media extends MediaType = MediaType> {
  /** The typed openapi-fetch client (`Media` narrows response types to those media types). */
  client: Client<Paths, Media>;
  /**
   * GETs a URL the spec cannot type (a next-page link) through the same transport and reads its
   * body as text: credentials, retries, timeouts and errors as for typed calls; non-2xx always throws.
   * `onHeaders` sees each 2xx response before its body is read (a pager reading the next link early).
   */
  getText(url: string, pathTemplate: string, options?: CallOptions, onHeaders?: (response: Response) => void): Promise<{ text: string; response: Response }>;
}

export function createCoreClient<Paths extends {}, Media extends MediaType = MediaType>(options: CoreClientOptions): CoreClient<Paths, Media> {
  const { redactor } = options;
  const transport = createTransport(options);
  const client = createClient<Paths, Media>({
    baseUrl: options.baseUrl,
    fetch: transport.send,
    ...(options.headers ? { headers: options.headers } : {}),
    ...(options.pathSerializer ? { pathSerializer: options.pathSerializer } : {}),
    ...(options.querySerializer ? { querySerializer: options.querySerializer as QuerySerializerOptions } : {}),
    ...(options.redirect ? { redirect: options.redirect } : {}),
  });
  type Init = { signal?: AbortSignal | null; parseAs?: string };
  /**
   * Every typed call: the context for errors, the failures that happen after the transport
   * returned, and one more send (within the call's retries and deadline) when an idempotent
   * call's body broke off while openapi-fetch read it.
   */
  const typedCall = (method: string, path: string, init: Init | undefined, send: (init: Init) => Promise<unknown>): Promise<unknown> => {
    const context: CallContext = { pathTemplate: path };
    if (init?.signal) context.callerSignal = init.signal;
    if (init?.parseAs === 'stream') context.bodyIsCallers = true;
    const withContext = initWithContext(init, context);
    return repeatOnBrokenBody(method, context, init?.signal ?? undefined, () => send(withContext));
  };
  /**
   * Runs one attempt of a call again for as long as its body breaks off and the transport allows
   * another send. Handlers on the attempt's promise rather than an async loop: a call that
   * succeeds at once pays for no extra promise and no extra turn (BENCHMARKS.md). Once an attempt
   * has settled its body is read (or broke off), so the caller's signal lets go of it.
   */
  function repeatOnBrokenBody<Result>(method: string, context: CallContext, signal: AbortSignal | undefined, attempt: () => Promise<Result>): Promise<Result> {
    return attempt().then(
      (result) => {
        if (!context.bodyIsCallers) context.detachCaller?.();
        return result;
      },
      async (error: unknown) => {
        context.detachCaller?.();
        const failure = afterTransport(error, method, context, redactor, signal);
        if (!(failure instanceof BrokenBodyError) || !(await transport.mayRepeat(context))) throw failure;
        return repeatOnBrokenBody(method, context, signal, attempt);
      },
    );
  }
  const methods = client as unknown as Record<string, unknown>;
  for (const method of HTTP_METHODS) {
    const call = client[method] as (path: string, init: Init) => Promise<unknown>;
    methods[method] = (path: string, init?: Init) => typedCall(method, path, init, (withContext) => call(path, withContext));
  }
  const request = client.request as unknown as (method: string, path: string, init: Init) => Promise<unknown>;
  methods.request = (method: string, path: string, init?: Init) =>
    typedCall(method.toUpperCase(), path, init, (withContext) => request(method, path, withContext));
  return {
    client,
    async getText(url, pathTemplate, callOptions, onHeaders) {
      const { signal, creditline } = helperInit(callOptions);
      const context: CallContext = signal ? { pathTemplate, callerSignal: signal } : { pathTemplate };
      return repeatOnBrokenBody('GET', context, signal, async () => {
        const request = new Request(url, signal ? { signal } : {});
        attachContext(request, context);
        (request as Request & { creditline?: unknown }).creditline = creditline;
        const response = await transport.send(request);
        onHeaders?.(response);
        return { text: await response.text(), response };
      });
    },
  };
}

/**
 * Failures after our transport returned a response: a 2xx body that is not JSON, a body that
 * broke off while being read (cut off, or not in its declared content-encoding), an abort while
 * reading. Never quotes the body.
 */
function afterTransport(error: unknown, method: string, context: CallContext, redactor: Redactor, signal: AbortSignal | undefined): unknown {
  if (error instanceof CreditlineError) return error;
  const request: RequestDescription = { method, pathTemplate: context.pathTemplate, url: context.request ? redactor.url(context.request.url) : '' };
  if (signal?.aborted) return new AbortError(`${method} ${context.pathTemplate}`, signal.reason);
  if (error instanceof SyntaxError) return new ResponseParseError(request, 'the body is not valid JSON');
  if (error instanceof TypeError && context.request) {
    const failure = classifyFailure(error);
    return new BrokenBodyError(request, failure.code, `the response body broke off: ${redactor.text(failure.reason)}`);
  }
  return error;
}

/** A NetworkError raised while reading a body: the one kind of failure after the transport that is worth another send. */
class BrokenBodyError extends NetworkError {}
