// The view of the Nue client that the jobs and GraphQL helpers use. Paths are checked against
// the spec at compile time (a path the spec does not have does not compile), while answers are
// read as text and parsed by the helper: one helper serves endpoints whose answers differ in
// shape (a bare status word, an object, an object wrapped in `data`, GraphQL data typed by the
// caller), so the per-path response types would not help it. Same transport, retries, timeouts
// and errors as the typed client: it is the same object.
import type { Client } from 'openapi-fetch';
import type { PathsWithMethod } from 'openapi-typescript-helpers';
import type { paths } from '../../generated/nue.js';
import type { CallOverrides } from '../core/create-core-client.js';

export type NueGetPath = PathsWithMethod<paths, 'get'>;
export type NuePostPath = PathsWithMethod<paths, 'post'>;

export interface RawAnswerInit {
  params?: { path?: Record<string, string>; query?: Record<string, string> };
  body?: unknown;
  parseAs: 'text';
  signal?: AbortSignal;
  creditline?: CallOverrides;
}

/** The body as text (undefined for an empty or 204 answer) and the response. */
export interface RawAnswer {
  data?: string;
  response: Response;
}

export interface RawAnswerClient {
  GET(path: NueGetPath, init: RawAnswerInit): Promise<RawAnswer>;
  POST(path: NuePostPath, init: RawAnswerInit): Promise<RawAnswer>;
}

export function asRawAnswerClient(client: Client<paths>): RawAnswerClient {
  return client as unknown as RawAnswerClient;
}
