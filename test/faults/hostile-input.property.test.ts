// Property tests over hostile input, through the public API with an in-memory fetch (so that a
// thousand cases take a second): random secrets of every character class never show in any error
// or log entry, in any encoding; random Link headers and random XOVI envelopes only ever end in
// data or one of the package's typed errors. fast-check seeds each run and prints the seed of a
// failure; FAULT_SEED replays one.

import { isCreditlineError, type LogEntry, type Logger } from 'creditline';
import { createMaileonClient } from 'creditline/maileon';
import { createNueClient } from 'creditline/nue';
import { createXoviClient } from 'creditline/xovi';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Redactor } from '../../src/core/redaction/redactor.js';
import { contingent } from '../maileon/fake-maileon.js';
import { PROPERTY_RUNS as RUNS } from '../support/property-runs.js';
import { expectNoSecrets, expectNoSecretsInLog } from '../support/secrets.js';

/** No lone surrogate (String#isWellFormed, which the ES2023 lib of this project does not type). */
const isWellFormed = (text: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

const NO_RETRY = { retries: 0 };

/**
 * Secrets of every character class: ASCII, symbols that URLs escape, any Unicode, surrogate pairs.
 * At least 12 characters, as API keys are, and no run of 8 letters: fast-check likes to try
 * dictionary words, and a "secret" such as `Property` is found in every stack trace's frame names.
 */
const anySecret = fc
  .string({ minLength: 12, maxLength: 32, unit: 'binary' })
  .filter((s) => s.trim().length >= 12 && !s.includes('*') && !/[A-Za-z]{8}/.test(s));
/** Secrets that can travel in a URL (no lone surrogate). */
const urlSecret = anySecret.filter((s) => isWellFormed(s));
/** Secrets that can travel in a header: visible ASCII. */
const visibleAscii = fc.integer({ min: 0x21, max: 0x7e }).map((code) => String.fromCharCode(code));
const headerSecret = fc.string({ minLength: 12, maxLength: 32, unit: visibleAscii }).filter((s) => !s.includes('*') && !/[A-Za-z]{8}/.test(s));

/** Every encoding a secret may be echoed in, computed here independently of the redactor. */
function encodingsOf(secret: string): string[] {
  const forms = [secret, JSON.stringify(secret).slice(1, -1), Buffer.from(secret, 'utf8').toString('base64')];
  if (isWellFormed(secret)) {
    const path = encodeURIComponent(secret);
    const form = new URLSearchParams({ k: secret }).toString().slice(2);
    for (const encoded of [path, form, encodeURIComponent(path), encodeURIComponent(form)])
      forms.push(
        encoded,
        encoded.replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase()),
      );
  }
  return forms.filter((form) => form.length >= 4);
}

/** The secret's forms plus every 8-character fragment of it. */
function leaks(secret: string): string[] {
  const fragments = [];
  for (let i = 0; i + 8 <= secret.length; i++) fragments.push(secret.slice(i, i + 8));
  return [...encodingsOf(secret), ...fragments];
}

const echo = (request: Request, status: number, body: string, contentType: string) =>
  new Response(body.replaceAll('{url}', request.url), { status, headers: { 'content-type': contentType } });

describe('secrets never show, whatever they are made of', () => {
  it('the redactor masks every encoding of a random secret inside random text', () => {
    fc.assert(
      fc.property(anySecret, fc.string(), fc.string(), (secret, before, after) => {
        const redactor = new Redactor([secret]);
        for (const form of encodingsOf(secret)) expect(redactor.text(`${before}${form}${after}`)).not.toContain(form);
      }),
      RUNS,
    );
  });

  it('Maileon: a key echoed by the server in an error body, as JSON or text, in any encoding, shows in no error field or log line', async () => {
    await fc.assert(
      fc.asyncProperty(urlSecret, fc.constantFrom('json', 'text'), fc.constantFrom(400, 401, 500), async (key, kind, status) => {
        const log: LogEntry[] = [];
        const body = kind === 'json' ? '{"message":"rejected {url}","echo":"{url}"}' : 'rejected {url}';
        const maileon = createMaileonClient({
          apiKey: key,
          baseUrl: 'https://api.maileon.example',
          retry: NO_RETRY,
          log: (entry) => log.push(entry),
          fetch: async (request) => echo(request, status, body, kind === 'json' ? 'application/json' : 'text/plain'),
        });
        const error = await maileon
          .listContingents({ nlAccountId: 1 })
          .toArray({ max: 1 })
          .then(
            () => expect.unreachable(),
            (e: unknown) => e,
          );
        expect(isCreditlineError(error)).toBe(true);
        expectNoSecrets(error, leaks(key));
        expectNoSecretsInLog(log, leaks(key));
      }),
      RUNS,
    );
  });

  it('XOVI: a key echoed in a 2xx envelope or a 2xx page shows in no error', async () => {
    await fc.assert(
      fc.asyncProperty(urlSecret, fc.constantFrom('envelope', 'page'), async (key, kind) => {
        const xovi = createXoviClient({
          apiKey: key,
          baseUrl: 'https://suite.xovi.example/api',
          retry: NO_RETRY,
          fetch: async (request) =>
            kind === 'envelope'
              ? echo(request, 200, '{"apiErrorCode":9,"apiErrorMessage":"param invalid {url}"}', 'application/json')
              : echo(request, 200, '<html>{url}</html>', 'text/html'),
        });
        const error = await xovi.getCreditState().then(
          () => expect.unreachable(),
          (e: unknown) => e,
        );
        expect(isCreditlineError(error)).toBe(true);
        expectNoSecrets(error, leaks(key));
      }),
      RUNS,
    );
  });

  it('Nue: an API key echoed back in a 401 shows in no error', async () => {
    await fc.assert(
      fc.asyncProperty(headerSecret, async (key) => {
        const nue = createNueClient({
          auth: { apiKey: key },
          baseUrl: 'https://api.nue.example',
          retry: NO_RETRY,
          fetch: async (request) =>
            new Response(JSON.stringify({ message: `unknown key ${request.headers.get('nue-api-key')}` }), {
              status: 401,
              headers: { 'content-type': 'application/json' },
            }),
        });
        const error = await nue
          .listAccountCreditPools({ customerId: 'c' })
          .toArray({ max: 1 })
          .then(
            () => expect.unreachable(),
            (e: unknown) => e,
          );
        expect((error as Error).name).toBe('NueAuthError');
        expectNoSecrets(error, leaks(key));
      }),
      RUNS,
    );
  });
});

/** Keys of any printable ASCII, the space included: every character a URL parser may escape one way in a path and another in a query. */
const printableKey = fc
  .string({ minLength: 12, maxLength: 32, unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)) })
  .filter((s) => s.trim().length >= 12 && !/[A-Za-z]{8}/.test(s));

/** The key as the request carried it: the path segment or query value that decodes to it, as the URL parser left it. */
function carriedForm(url: string, key: string): string {
  const { pathname, search } = new URL(url);
  const pieces = [
    ...pathname.split('/'),
    ...search
      .slice(1)
      .split('&')
      .map((pair) => pair.slice(pair.indexOf('=') + 1)),
  ];
  const carried = pieces.find((piece) => decodeURIComponent(piece.replaceAll('+', '%20')) === key);
  if (carried === undefined) throw new Error(`the request did not carry the key: ${url}`);
  return carried;
}

/** Every form a server may echo a received key in: as typed, as received, with its escapes in upper and in lower case, with + for a space. */
function echoedForms(url: string, key: string): string[] {
  const carried = carriedForm(url, key);
  const upper = carried.replace(/%[0-9a-f]{2}/gi, (hex) => hex.toUpperCase());
  const lower = carried.replace(/%[0-9a-f]{2}/gi, (hex) => hex.toLowerCase());
  return [...new Set([key, carried, upper, lower, upper.replaceAll('%20', '+'), lower.replaceAll('%20', '+')])];
}

describe('a key in the URL never shows in the form the request carried it', () => {
  type Fetch = (request: Request) => Promise<Response>;
  const clients = {
    maileon: (apiKey: string, fetch: Fetch, log: Logger) =>
      createMaileonClient({ apiKey, baseUrl: 'https://api.maileon.example', retry: NO_RETRY, fetch, log })
        .listContingents({ nlAccountId: 1 })
        .toArray({ max: 1 }),
    'xovi (key in the path)': (apiKey: string, fetch: Fetch, log: Logger) =>
      createXoviClient({ apiKey, keyIn: 'path', baseUrl: 'https://suite.xovi.example/api', retry: NO_RETRY, fetch, log }).getCreditState(),
    'xovi (key in the query)': (apiKey: string, fetch: Fetch, log: Logger) =>
      createXoviClient({ apiKey, keyIn: 'query', baseUrl: 'https://suite.xovi.example/api', retry: NO_RETRY, fetch, log }).getCreditState(),
  };

  for (const [name, call] of Object.entries(clients)) {
    it(`${name}: a 500 or 401, JSON or text, echoing the key in every form shows none of them`, async () => {
      await fc.assert(
        fc.asyncProperty(printableKey, fc.constantFrom(500, 401), fc.constantFrom('json', 'text'), async (key, status, kind) => {
          let forms: string[] = [];
          const log: LogEntry[] = [];
          const fetch = async (request: Request) => {
            forms = echoedForms(request.url, key);
            const echoed = `rejected ${forms.join(' and ')} at ${request.url}`;
            return kind === 'json'
              ? new Response(JSON.stringify({ message: echoed, query: forms }), { status, headers: { 'content-type': 'application/json' } })
              : new Response(echoed, { status, headers: { 'content-type': 'text/plain' } });
          };
          const error = await call(key, fetch, (entry) => log.push(entry)).then(
            () => expect.unreachable(),
            (e: unknown) => e,
          );
          expect(isCreditlineError(error)).toBe(true);
          expectNoSecrets(error, [...forms, ...leaks(key)]);
          expect(log.length).toBeGreaterThan(0);
          expectNoSecretsInLog(log, [...forms, ...leaks(key)]);
        }),
        RUNS,
      );
    });
  }
});

describe('hostile answers end in data or a typed error', () => {
  const linkish = fc.oneof(
    fc.string(),
    fc
      .tuple(
        fc.constantFrom('', '<', '<<'),
        fc.oneof(
          fc.webUrl(),
          fc.constantFrom(
            'https://api.maileon.example/p?page=2',
            'http://api.maileon.example/p',
            '//x',
            'http://[::1',
            'http://h:99999/',
            '/relative?page=3',
            '',
          ),
        ),
        fc.constantFrom('>', '', '>>'),
        fc.constantFrom('; rel="next"', ';rel=next', '; rel="prev next"', '; rel="start"', '', '; rel="next'),
      )
      .map((parts) => parts.join('')),
  );

  it('random Link headers: a bounded number of requests, then data or a typed error', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(linkish, { minLength: 1, maxLength: 3 }),
        fc.option(fc.constantFrom('0', '1', '3', '1000000000', '-1', 'x')),
        async (links, pages) => {
          let requests = 0;
          const maileon = createMaileonClient({
            apiKey: 'key-for-links',
            baseUrl: 'https://api.maileon.example',
            retry: NO_RETRY,
            fetch: async () => {
              requests++;
              const headers = new Headers({ 'content-type': 'application/json', link: links.join(', ') });
              if (pages !== null) headers.set('x-pages', pages);
              return new Response(JSON.stringify([contingent(requests)]), { status: 200, headers });
            },
          });
          const outcome = await maileon
            .listContingents({ nlAccountId: 1 })
            .toArray({ max: 20 })
            .then(
              (items) => items,
              (e: unknown) => e,
            );
          if (!Array.isArray(outcome)) expect(isCreditlineError(outcome)).toBe(true);
          expect(requests).toBeLessThanOrEqual(21);
        },
      ),
      RUNS,
    );
  });

  it('random XOVI answers: a credit state with every field, or a typed error', async () => {
    const envelope = fc.record(
      {
        apiErrorCode: fc.oneof(fc.integer(), fc.constantFrom('0', '2', '80', 'x'), fc.anything()),
        apiErrorMessage: fc.oneof(fc.constantFrom('0k.', 'cost error', 'param missing'), fc.string(), fc.anything()),
        apiResult: fc.oneof(fc.anything(), fc.record({ creditsleft: fc.oneof(fc.integer(), fc.string()), creditsused: fc.integer() })),
        paramname: fc.string(),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(envelope, fc.anything()), fc.constantFrom(200, 400, 500), async (body, status) => {
        const xovi = createXoviClient({
          apiKey: 'key-for-envelopes',
          baseUrl: 'https://suite.xovi.example/api',
          retry: NO_RETRY,
          fetch: async () => new Response(JSON.stringify(body) ?? '', { status, headers: { 'content-type': 'application/json' } }),
        });
        const outcome = await xovi.getCreditState().then(
          (state) => state,
          (e: unknown) => e,
        );
        if (isCreditlineError(outcome)) return;
        expect(outcome).toEqual(expect.objectContaining({ creditsleft: expect.any(Number), creditsused: expect.any(Number), lastrefill: expect.any(String) }));
      }),
      RUNS,
    );
  });
});
