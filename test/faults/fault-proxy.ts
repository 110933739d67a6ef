// A fault-injecting proxy on 127.0.0.1 in front of a test server. Each request is forwarded to
// the upstream (which so records it and may act on it); the answer is then passed on, or replaced
// by a fault that real networks and real APIs produce. Which response gets which fault is drawn
// from a seeded random source, so a campaign replays exactly.
import { request as httpRequest, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import { onTestFinished } from 'vitest';
import { type RecordedRequest, startServer, type TestServer } from '../support/http-server.js';
import type { Random } from './seeded-random.js';

export type Fault =
  | 'reset-before-headers' // the connection drops before any byte of the answer
  | 'cut-mid-body' // headers and half the body, then the connection drops
  | 'wrong-encoding' // the body claims to be gzip and is not
  | 'stall' // nothing comes back until the client gives up
  | 'rate-limited' // 429 with Retry-After: 0
  | 'html-502' // a proxy's HTML error page
  | 'html-503';

export const TRANSIENT_FAULTS: readonly Fault[] = ['reset-before-headers', 'cut-mid-body', 'wrong-encoding', 'stall', 'rate-limited', 'html-502', 'html-503'];

export interface FaultProxy extends TestServer {
  /** Faults injected so far, in order. */
  readonly injected: Array<{ fault: Fault; url: string }>;
  /** Answers passed on untouched. */
  readonly passed: number;
}

export interface FaultProxyOptions {
  upstream: () => string;
  /** Draws which answers get a fault: a share `rate` of them, each a fault of `faults` (default all transient ones). */
  random?: Random;
  rate?: number;
  faults?: readonly Fault[];
  /** Or says it per answer (0-based): the fault for answer n, or undefined to pass it on. */
  plan?: (n: number) => Fault | undefined;
  /** How long a stall lasts before the proxy closes the connection (longer than the client's attempt timeout). */
  stallMs?: number;
}

const HTML_PAGE = '<!DOCTYPE html><html><head><title>Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>';

/** A fault proxy that is closed when the current test finishes. */
export async function useFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const proxy = await startFaultProxy(options);
  onTestFinished(() => proxy.close());
  return proxy;
}

/** A fault proxy the caller closes (for a process of its own). */
export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const faults = options.faults ?? TRANSIENT_FAULTS;
  const { random, rate = 0 } = options;
  const drawn = (): Fault | undefined => (random && random() < rate ? faults[Math.floor(random() * faults.length)] : undefined);
  const plan = options.plan ?? drawn;
  const injected: FaultProxy['injected'] = [];
  let passed = 0;
  let answers = 0;
  const server = await startServer(async (request, response) => {
    const upstream = await forward(options.upstream(), request);
    const fault = plan(answers++);
    if (!fault) {
      passed++;
      response.writeHead(upstream.status, passOn(upstream.headers));
      response.end(upstream.body);
      return;
    }
    injected.push({ fault, url: request.url });
    inject(fault, response, upstream, options.stallMs ?? 400);
  });
  return Object.assign(server, {
    injected,
    get passed() {
      return passed;
    },
  });
}

interface UpstreamAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function forward(origin: string, request: RecordedRequest): Promise<UpstreamAnswer> {
  return new Promise((resolve, reject) => {
    const { host: _host, connection: _connection, ...headers } = request.headers;
    const outgoing = httpRequest(`${origin}${request.url}`, { method: request.method, headers }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () => resolve({ status: answer.statusCode ?? 502, headers: answer.headers, body: Buffer.concat(chunks) }));
      answer.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(request.body);
  });
}

function passOn(headers: IncomingHttpHeaders): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && name !== 'connection' && name !== 'keep-alive' && name !== 'transfer-encoding') out[name] = value;
  }
  return out;
}

function inject(fault: Fault, response: ServerResponse, upstream: UpstreamAnswer, stallMs: number): void {
  switch (fault) {
    case 'reset-before-headers':
      response.socket?.destroy();
      return;
    case 'cut-mid-body':
      response.writeHead(200, { ...passOn(upstream.headers), 'content-length': String(upstream.body.length) });
      response.write(upstream.body.subarray(0, Math.floor(upstream.body.length / 2)));
      setTimeout(() => response.socket?.destroy(), 2);
      return;
    case 'wrong-encoding':
      response.writeHead(200, { ...passOn(upstream.headers), 'content-encoding': 'gzip' });
      response.end(upstream.body);
      return;
    case 'stall':
      setTimeout(() => response.socket?.destroy(), stallMs);
      return;
    case 'rate-limited':
      response.writeHead(429, { 'retry-after': '0', 'content-type': 'application/json' });
      response.end('{"message":"slow down"}');
      return;
    case 'html-502':
    case 'html-503':
      response.writeHead(fault === 'html-502' ? 502 : 503, { 'content-type': 'text/html' });
      response.end(HTML_PAGE);
      return;
  }
}
