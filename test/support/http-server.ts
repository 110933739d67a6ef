// Real HTTP servers for tests: node:http on 127.0.0.1 with an ephemeral port, recording every request.
//
// In a test, start one with `useServer`: it is closed when that test finishes, pass or fail.
//
//   const server = await useServer((_request, response) => sendJson(response, 200, { ok: true }));
//   await client.GET('/things', …); // against server.origin
//   expect(server.requests).toHaveLength(1);
//
// `startServer` leaves the closing to the caller (for servers that outlive one test).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { onTestFinished } from 'vitest';

export interface RecordedRequest {
  method: string;
  /** Path and query string, as sent. */
  url: string;
  /** The path alone, still percent-encoded. */
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: string;
}

/** What a handler returns is ignored (a `return response.end(…)` is fine), except that a rejection answers 500. */
export type Handler = (request: RecordedRequest, response: ServerResponse) => unknown;

export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  /** Drops open connections and stops listening; calling it again does nothing. */
  close(): Promise<void>;
}

/**
 * Starts a server that is closed when the current test finishes. Call it inside a test (or in a
 * helper the test calls), not at the top of a file or in `beforeAll`.
 */
export async function useServer(handler: Handler): Promise<TestServer> {
  const server = await startServer(handler);
  onTestFinished(() => server.close());
  return server;
}

/** Starts a server that the caller closes. In a test, prefer `useServer`. */
export async function startServer(handler: Handler): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = req.url ?? '/';
      const parsed = new URL(url, 'http://127.0.0.1');
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        url,
        path: parsed.pathname,
        query: parsed.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(recorded);
      Promise.resolve(handler(recorded, res)).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(599, { 'content-type': 'text/plain' });
        res.end(String(error));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  let closed: Promise<void> | undefined;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      (closed ??= new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      })),
  };
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** Replies with `body` as it is (none when undefined): an HTML page, broken JSON, an empty answer. */
export function sendRaw(res: ServerResponse, status: number, body?: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, headers);
  res.end(body);
}

/** A port that refuses connections: a server bound, then closed. */
export async function refusedOrigin(): Promise<string> {
  const server = await startServer(() => undefined);
  await server.close();
  return server.origin;
}
