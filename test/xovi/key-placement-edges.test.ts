// When the XOVI client moves the key from the path to the query, and when it does not: only a
// login redirect of the path form does it, once, with one masked log line; every other failure
// stays as it is, and errors name the form (path template) that was sent.
import { createXoviClient, isResponseParseError, isXoviAuthError, type LogEntry } from 'creditline/xovi';
import { describe, expect, it } from 'vitest';
import { caught } from '../support/caught.js';
import { sendRaw, useServer } from '../support/http-server.js';
import { keyPlacement, useFakeXovi, XOVI_KEY } from './fake-xovi.js';

const client = (origin: string, options: { keyIn?: 'path' | 'query'; log?: (entry: LogEntry) => void } = {}) =>
  createXoviClient({ apiKey: XOVI_KEY, baseUrl: `${origin}/api`, retry: { retries: 0 }, ...options });

describe('XOVI key placement, edges', () => {
  it('logs the switch to the query form once, at debug level, with the masked URL of the redirected call', async () => {
    const server = await useFakeXovi({ pathForm: 'redirect-to-login' });
    const log: LogEntry[] = [];
    const xovi = client(server.origin, { log: (entry) => log.push(entry) });
    await xovi.getCreditState();
    await xovi.getCreditState();
    expect(log.filter((entry) => entry.level === 'debug')).toEqual([
      {
        level: 'debug',
        message: expect.stringContaining('query form'),
        method: 'GET',
        url: `${server.origin}/api/user/getCreditstate/***/json`,
        attempt: 0,
      },
    ]);
    expect(log.map((entry) => entry.level)).toEqual(['warn', 'debug']); // the 302 itself, then the switch
    expect(server.requests.map(keyPlacement)).toEqual(['path', 'query', 'query']);
  });

  it('an invalid key (code 2) in the path form is reported as it is, without trying the query form', async () => {
    const server = await useFakeXovi({ body: { apiErrorCode: 2, apiErrorMessage: 'param invalid' } });
    const error = await caught(client(server.origin).getCreditState());
    expect(isXoviAuthError(error) && error.problem).toBe('invalid-key');
    expect(server.requests.map(keyPlacement)).toEqual(['path']);
  });

  it('a login redirect of the query form as well ends after the one switch', async () => {
    const server = await useFakeXovi({ pathForm: 'redirect-to-login', queryForm: 'redirect-to-login' });
    const xovi = client(server.origin);
    expect(isXoviAuthError(await caught(xovi.getCreditState()))).toBe(true);
    expect(isXoviAuthError(await caught(xovi.getCreditState()))).toBe(true);
    expect(server.requests.map(keyPlacement)).toEqual(['path', 'query', 'query']);
  });

  it('errors name the path template of the form that was sent', async () => {
    const server = await useServer((_request, response) => sendRaw(response, 200, '"not an envelope"', { 'content-type': 'application/json' }));
    const viaPath = await caught(client(server.origin).getCreditState());
    expect(isResponseParseError(viaPath) && viaPath.pathTemplate).toBe('/user/getCreditstate/{key}/{format}');
    const viaQuery = await caught(client(server.origin, { keyIn: 'query' }).getCreditState());
    expect(isResponseParseError(viaQuery) && viaQuery.pathTemplate).toBe('/user/getCreditstate');
    expect(JSON.stringify([viaPath, viaQuery])).not.toContain(XOVI_KEY);
  });

  it('a typed call without a format asks for JSON', async () => {
    const server = await useFakeXovi();
    const xovi = client(server.origin);
    await xovi.GET('/user/getCreditstate/{key}/{format}', { params: { path: {} as { format: 'json' } } });
    expect(server.requests[0]?.path).toBe(`/api/user/getCreditstate/${XOVI_KEY}/json`);
  });

  it('refuses a client options object that is missing, naming the key', () => {
    expect(() => createXoviClient(undefined as never)).toThrow(expect.objectContaining({ option: 'createXoviClient: apiKey' }));
    expect(() => createXoviClient({ apiKey: XOVI_KEY, keyIn: 'header' as never })).toThrow(/must be 'path' or 'query', got header/);
  });
});
