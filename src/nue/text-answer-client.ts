// The view of the Nue client that the jobs and GraphQL helpers use. Paths are checked against
// the spec at compile time (a path the spec does not have does not compile), while answers are
// read as text and parsed by the helper: one helper serves endpoints whose answers differ in
// shape (a bare status word, an object, an object wrapped in `data`, GraphQL data typed by the
// caller), so the per-path response types would not help it. Same middleware, transport,
// retries, timeouts and errors as the typed client: it is the same object.
import type { Client } from 'openapi-fetch';
import type { PathsWithMethod } from 'openapi-typescript-helpers';
import type { paths } from '../../generated/nue.js';
import type { CallOptions } from '../core/call-options.js';

export type NueGetPath = PathsWithMethod<paths, 'get'>;
export type NuePostPath = PathsWithMethod<paths, 'post'>;

export interface TextAnswerInit {
  params?: { path?: Record<string, string>; query?: Record<string, string | undefined> };
  body?: unknown;
  parseAs: 'text';
  signal?: AbortSignal | undefined;
  creditline?: CallOptions;
}

export interface TextAnswer {
  data?: unknown;
  error?: unknown;
  response: Response;
}

export interface TextAnswerClient {
  GET(path: NueGetPath, init: TextAnswerInit): Promise<TextAnswer>;
  POST(path: NuePostPath, init: TextAnswerInit): Promise<TextAnswer>;
}

export function asTextAnswerClient(client: Client<paths>): TextAnswerClient {
  return client as unknown as TextAnswerClient;
}
