// `startSandbox()`: one HTTP server on 127.0.0.1 that answers the credit and quota operations of
// Nue, XOVI and Maileon from the bundled specs' examples, each vendor under its own prefix
// (`/nue`, `/xovi`, `/maileon`), so that the clients, `readCreditBalances` and
// `creditline credits --sandbox` can be tried without an account or a network. It takes any
// credentials but needs them to be there, and masks every credential of a request in its answer,
// however a route came to hold it.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CreditVendor } from '../balances/credit-balance.js';
import { Redactor } from '../core/redaction/redactor.js';
import { maileonRoutes } from './maileon-routes.js';
import { nueRoutes } from './nue-routes.js';
import type { SandboxAnswer, SandboxRoutes } from './sandbox-route.js';
import { readSpecExamples } from './spec-examples.js';
import { xoviRoutes } from './xovi-routes.js';

/** What {@link startSandbox} takes. */
export interface SandboxOptions {
  /** The port on 127.0.0.1 (default: a free one). */
  port?: number;
}

/** A running sandbox: where it answers, and how to stop it. */
export interface Sandbox {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** The `baseUrl` to give each vendor's factory. */
  baseUrls: Record<CreditVendor, string>;
  /** Drops open connections and stops listening; calling it again does nothing. */
  close(): Promise<void>;
}

/**
 * Starts a server on 127.0.0.1 that answers the credit operations of Nue, XOVI and Maileon with the
 * bundled specs' examples, for any credentials (but some). Node only; `close()` it when done.
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const routes: Record<CreditVendor, SandboxRoutes> = {
    nue: nueRoutes(readSpecExamples('nue')),
    xovi: xoviRoutes(readSpecExamples('xovi')),
    maileon: maileonRoutes(readSpecExamples('maileon')),
  };
  // Stryker disable next-line StringLiteral: set to the listening origin before the server can take a request
  let origin = '';
  const server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      body += chunk;
    });
    request.on('end', () => send(response, answer(request, body, routes, origin), credentialsOf(request)));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let closed: Promise<void> | undefined;
  return {
    origin,
    baseUrls: { nue: `${origin}/nue`, xovi: `${origin}/xovi`, maileon: `${origin}/maileon` },
    close: () =>
      (closed ??= new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      })),
  };
}

function answer(request: IncomingMessage, body: string, routes: Record<CreditVendor, SandboxRoutes>, origin: string): SandboxAnswer {
  const url = new URL(request.url ?? '/', origin);
  const [, prefix = '', rest = ''] = /^\/([^/]*)(\/.*)?$/.exec(url.pathname) ?? [];
  const vendor = Object.hasOwn(routes, prefix) ? (prefix as CreditVendor) : undefined;
  try {
    const found =
      vendor &&
      routes[vendor]({ method: request.method ?? 'GET', path: rest, query: url.searchParams, headers: request.headers, body, baseUrl: `${origin}/${vendor}` });
    // The path is not quoted: a XOVI key travels in it.
    return found ?? { status: 404, headers: { 'content-type': 'application/json' }, body: { message: 'The sandbox serves only the credit operations' } };
  } catch {
    return { status: 500, headers: { 'content-type': 'application/json' }, body: { message: 'The sandbox failed to answer' } };
  }
}

/** Whatever a request carries as a credential: the key headers, the `key` query parameter, XOVI's key path segment. */
function credentialsOf(request: IncomingMessage): Redactor {
  const url = new URL(request.url ?? '/', 'http://sandbox');
  const { authorization, apiaccesskey } = request.headers;
  const xoviKey = /^\/xovi\/(?:user|monitor)\/\w+\/([^/]+)\//.exec(url.pathname)?.[1];
  return new Redactor(
    [
      request.headers['nue-api-key'],
      authorization,
      authorization?.replace(/^\S+\s+/, ''),
      apiaccesskey,
      url.searchParams.get('key') ?? undefined,
      xoviKey && safeDecode(xoviKey),
    ].flat(),
  );
}

function send(response: ServerResponse, { status, headers = {}, body }: SandboxAnswer, redactor: Redactor): void {
  for (const [name, value] of Object.entries(headers))
    response.setHeader(name, Array.isArray(value) ? value.map((v) => redactor.text(v)) : redactor.text(value));
  response.writeHead(status);
  response.end(body === undefined ? undefined : redactor.text(typeof body === 'string' ? body : JSON.stringify(body)));
}

function safeDecode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
