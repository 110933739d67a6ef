// A minimal typed API for exercising the shared runtime with every HTTP method.
import type { CommonClientOptions } from 'creditline';
import { type AuthHook, createCoreClient } from '../../src/core/create-core-client.js';
import { Redactor } from '../../src/core/redaction/redactor.js';

interface JsonOperation {
  parameters: { query?: { token?: string }; header?: never; path?: never; cookie?: never };
  requestBody?: { content: { 'application/json': { name: string } } };
  responses: {
    200: { headers: Record<string, unknown>; content: { 'application/json': { ok: boolean } } };
    default: { headers: Record<string, unknown>; content: { 'application/json': { message: string } } };
  };
}

export interface ThingsPaths {
  '/things': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: JsonOperation;
    post: JsonOperation;
    patch: JsonOperation;
    put: JsonOperation;
    delete: JsonOperation;
    head: JsonOperation;
    options: JsonOperation;
  };
  '/things/{thingId}': {
    parameters: { query?: never; header?: never; path: { thingId: string }; cookie?: never };
    get: Omit<JsonOperation, 'parameters'> & { parameters: { query?: never; header?: never; path: { thingId: string }; cookie?: never } };
  };
}

export const THINGS_SECRET = 'things-secret-token-1234';

/** `auth`: credentials put on each attempt, as a vendor's client does. */
export function thingsClient(baseUrl: string, options: CommonClientOptions & { auth?: AuthHook } = {}) {
  return createCoreClient<ThingsPaths>({
    ...options,
    baseUrl,
    redactor: new Redactor([THINGS_SECRET]),
    headers: { authorization: `Bearer ${THINGS_SECRET}` },
  }).client;
}
