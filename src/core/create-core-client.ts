// Builds the typed openapi-fetch client every vendor wrapper returns: openapi-fetch does
// URLs, serialisation and parsing; our transport underneath does timeouts, retries,
// credentials and errors. No per-operation code lives here.
import createClient, { type Client, type ClientOptions, type PathSerializer, type QuerySerializerOptions } from 'openapi-fetch';
import type { MediaType } from 'openapi-typescript-helpers';
import { AbortError } from './errors/abort-error.js';
import { CreditlineError } from './errors/creditline-error.js';
import { ResponseParseError } from './errors/response-parse-error.js';
import type { Redactor } from './redaction/redactor.js';
import type { RetryOptions } from './retry/retry-options.js';
import type { AuthHook } from './transport/auth-hook.js';
import { createTransport, type FetchFunction } from './transport/create-transport.js';
import type { Logger } from './transport/log.js';
import { initWithPathTemplate, rememberPathTemplate } from './transport/request-context.js';
import type { TimeoutOptions } from './transport/timeout-options.js';

/** What every vendor client accepts besides its credentials. */
export interface CommonClientOptions {
  /** Override the API's base URL (tests, proxies, sandboxes). */
  baseUrl?: string | undefined;
  /** The fetch to send with (default: global fetch). */
  fetch?: FetchFunction | undefined;
  retry?: RetryOptions | undefined;
  timeout?: TimeoutOptions | undefined;
  /** Throw `ApiError` on non-2xx (default true); false keeps openapi-fetch's `{ data, error }` results. */
  throwOnError?: boolean | undefined;
  /** Receives debug and warning lines with secrets already masked. */
  log?: Logger | undefined;
  /** Headers sent with every request. */
  headers?: ClientOptions['headers'];
}

export interface CoreClientOptions extends CommonClientOptions {
  baseUrl: string;
  redactor: Redactor;
  auth?: AuthHook | undefined;
  pathSerializer?: PathSerializer | undefined;
  querySerializer?: QuerySerializerOptions | undefined;
  /** Turns the core's errors into the vendor's (e.g. ApiError into NueApiError), once per failed call. */
  mapError?: ((error: unknown) => unknown) | undefined;
}

const HTTP_METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;

export interface CoreClient<Paths extends {}, Media extends MediaType = MediaType> {
  /** The typed openapi-fetch client (`Media` narrows response types to those media types). */
  client: Client<Paths, Media>;
  /**
   * Sends a request the spec cannot type (a next-page link) through the same transport:
   * credentials, retries, timeouts and errors as for typed calls.
   */
  send(request: Request, pathTemplate: string): Promise<Response>;
}

export function createCoreClient<Paths extends {}, Media extends MediaType = MediaType>(options: CoreClientOptions): CoreClient<Paths, Media> {
  const transport = createTransport({
    fetch: options.fetch,
    retry: options.retry,
    timeout: options.timeout,
    throwOnError: options.throwOnError,
    auth: options.auth,
    redactor: options.redactor,
    log: options.log,
  });
  const client = createClient<Paths, Media>({
    baseUrl: options.baseUrl,
    fetch: transport,
    ...(options.headers ? { headers: options.headers } : {}),
    ...(options.pathSerializer ? { pathSerializer: options.pathSerializer } : {}),
    ...(options.querySerializer ? { querySerializer: options.querySerializer } : {}),
  });
  type Init = { signal?: AbortSignal | null };
  const mapError = options.mapError ?? ((error: unknown) => error);
  /** Every typed call: the path template for errors, then parse failures, aborts and the vendor's errors. */
  const typedCall = (method: string, path: string, init: Init | undefined, send: (init: Init) => Promise<unknown>) =>
    send(initWithPathTemplate(init, path)).catch((error: unknown) => {
      throw mapError(translateParsingFailure(error, method, path, init?.signal ?? undefined));
    });
  const methods = client as unknown as Record<string, unknown>;
  for (const method of HTTP_METHODS) {
    const call = client[method] as (path: string, init: Init) => Promise<unknown>;
    methods[method] = (path: string, init?: Init) => typedCall(method, path, init, (withTemplate) => call(path, withTemplate));
  }
  const request = client.request as unknown as (method: string, path: string, init: Init) => Promise<unknown>;
  methods.request = (method: string, path: string, init?: Init) => typedCall(method.toUpperCase(), path, init, (withTemplate) => request(method, path, withTemplate));
  return {
    client,
    send(request, pathTemplate) {
      rememberPathTemplate(request, pathTemplate);
      return transport(request);
    },
  };
}

/** Failures that happen in openapi-fetch after our transport returned: body parsing and aborts while reading. */
function translateParsingFailure(error: unknown, method: string, path: string, signal: AbortSignal | undefined): unknown {
  if (error instanceof CreditlineError) return error;
  if (signal?.aborted) return new AbortError(`${method} ${path}`, signal.reason);
  if (error instanceof SyntaxError) return new ResponseParseError(method, path, error.message);
  return error;
}
