// The benchmarks' API server on 127.0.0.1, in a process of its own so that its work is not
// counted as the client's. It answers XOVI's credit state and Maileon's contingents, paged as
// Maileon pages them (spec/maileon/CURATION.md, M2): `x-items`, `x-pages` and one `Link` header
// line each for rel="start", "prev" and "next". `latencyMs` delays every answer, as a real API does.
import { type ChildProcess, fork } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

export interface BenchServer {
  origin: string;
  close(): void;
}

/** Starts the server in a child process and resolves with its origin (an ephemeral port). */
export async function startServer(options: { contingents: number; latencyMs?: number }): Promise<BenchServer> {
  const args = ['--contingents', String(options.contingents), '--latency-ms', String(options.latencyMs ?? 0)];
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), args, { stdio: 'inherit' });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (message) => resolve(Number(message)));
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return { origin: `http://127.0.0.1:${port}`, close: () => child.kill() };
}

const CONTINGENTS_PATH = '/partner/settings/prepaids/contingents';
const CREDIT_STATE = JSON.stringify({
  apiErrorCode: 0,
  apiErrorMessage: '0k.',
  apiResult: {
    creditamount: 1000,
    additionalCreditamount: 5000,
    bookedCreditamount: 1000,
    refillintervall: 4,
    lastrefill: '2013-03-08 15:00:00',
    creditsleft: 5280,
    creditsused: 720,
  },
});

const contingent = (id: number) =>
  `{"id":${id},"name":"Contingent ${id}","status":"running","contingentValue":1000,"availableValue":990,"usedValue":10,"newsletterAccountId":12345,` +
  `"author":"max.mustermann@xqueue.de","created":"2017-11-02T10:20:05+01:00","updated":"2017-12-12T18:11:00+01:00","expiryDate":"1970-01-01T01:00:00+01:00"}`;

function serve(contingents: number, latencyMs: number): void {
  // Each page is made once, at its first request (the benchmarks warm up), so that later answers
  // are only writes and the server is never what the client waits for.
  const pageBodies = new Map<string, Buffer>();
  const makePage = (size: number, page: number) => {
    const first = (page - 1) * size + 1;
    const ids = Array.from({ length: Math.max(0, Math.min(size, contingents - first + 1)) }, (_, i) => first + i);
    const body = Buffer.from(`[${ids.map(contingent).join(',')}]`);
    pageBodies.set(`${size}:${page}`, body);
    return body;
  };
  const server = createServer((request, response) => {
    request.resume();
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    let body: string | Buffer = `{"error":"not a benchmark route"}`;
    let status = 404;
    const headers: Record<string, string | string[]> = {};
    if (url.pathname.includes('/getCreditstate/')) [status, body] = [200, CREDIT_STATE];
    else if (url.pathname === CONTINGENTS_PATH) {
      const size = Number(url.searchParams.get('page_size') ?? 100);
      const page = Number(url.searchParams.get('page') ?? url.searchParams.get('page_index') ?? 1);
      const pages = Math.ceil(contingents / size);
      const link = (n: number, rel: string) => `<http://${request.headers.host}${CONTINGENTS_PATH}?nl_account_id=1&page_size=${size}&page=${n}>; rel="${rel}"`;
      headers['x-items'] = String(contingents);
      headers['x-pages'] = String(pages);
      headers.link = [link(1, 'start'), ...(page > 1 ? [link(page - 1, 'prev')] : []), ...(page < pages ? [link(page + 1, 'next')] : [])];
      [status, body] = [200, pageBodies.get(`${size}:${page}`) ?? makePage(size, page)];
    }
    const answer = () => response.writeHead(status, { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
    if (latencyMs > 0) setTimeout(answer, latencyMs);
    else answer();
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => process.send?.((server.address() as AddressInfo).port));
  // The benchmark went away (or killed us): never leave a server behind.
  process.on('disconnect', () => process.exit(0));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { contingents: { type: 'string' }, 'latency-ms': { type: 'string' } } });
  serve(Number(values.contingents), Number(values['latency-ms']));
}
