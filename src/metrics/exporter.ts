// The exporter behind `creditline serve`: an HTTP server whose /metrics answers from the latest
// reading, never from a vendor, and one timer that reads the vendors in the background. A read
// starts a refresh after the previous one started, or as soon as it ended when it took longer, so
// however often Prometheus scrapes, each vendor is asked at most once per refresh; a scrape never
// waits on a vendor. Prometheus is answered in OpenMetrics when it asks for it (it does by
// default), anyone else in the text format 0.0.4.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CreditBalanceReport, ReadCreditBalancesOptions } from '../balances/read-credit-balances.js';
import type { Redactor } from '../core/redaction/redactor.js';
import { CONTENT_TYPES, type ExpositionFormat, renderCreditMetrics } from './credit-metrics.js';
import { type VendorReadings, withVendorPart } from './vendor-readings.js';

export interface ExporterOptions {
  /** One read of every configured vendor: readCreditBalances over the sources, with these options. */
  read(options: ReadCreditBalancesOptions): Promise<CreditBalanceReport>;
  /** Milliseconds from the start of one read to the start of the next. */
  refreshMs: number;
  host: string;
  /** 0 for a free port. */
  port: number;
  /** creditline's version, for creditline_build_info. */
  version: string;
  /** Masks the credentials read in every label value. */
  redactor: Redactor;
  /** Writes one line of the log: a vendor failing, read again. */
  log(line: string): void;
}

export interface Exporter {
  /** `http://<host>:<port>`, the port the one listened on. */
  origin: string;
  /** Stops the timer and any read under way, then the server; calling it again does nothing. */
  close(): Promise<void>;
}

type Rendered = Record<ExpositionFormat, string>;

const PATHS = ['/metrics', '/healthz'];

/** Listens (rejecting with the server's error, e.g. EADDRINUSE, before any vendor is asked), then starts reading. */
export async function startExporter(options: ExporterOptions): Promise<Exporter> {
  const { refreshMs, log } = options;
  const render = async (readings: VendorReadings): Promise<Rendered> => {
    const rendered = (format: ExpositionFormat) => renderCreditMetrics(readings, { format, version: options.version, redactor: options.redactor });
    return { prometheus: await rendered('prometheus'), openmetrics: await rendered('openmetrics') };
  };
  let readings: VendorReadings = {};
  let served = await render(readings);
  const server = createServer((request, response) => answer(request, response, served));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });

  const stopping = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const onVendor: ReadCreditBalancesOptions['onVendor'] = (vendor, part, milliseconds) => {
    if (stopping.signal.aborted) return; // a read cut short by close() is no failure of the vendor's
    const before = readings[vendor];
    readings = withVendorPart(readings, vendor, part, milliseconds, Date.now());
    const after = readings[vendor];
    const kept = after?.stale ? `, serving its credits read at ${new Date(after.readAt as number).toISOString()} as stale` : '';
    for (const { error } of part.failures) log(`${vendor}: read failed${kept}: ${String(error)}`);
    if (after?.up && !before?.up) {
      const count = after.balances.length;
      const warnings = after.warnings ? ` (${after.warnings} ${after.warnings === 1 ? 'warning' : 'warnings'})` : '';
      log(`${vendor}: read ${count} ${count === 1 ? 'balance' : 'balances'}${warnings}${before ? ' again' : ''}`);
    }
  };
  const readOnce = async (): Promise<void> => {
    const started = Date.now();
    try {
      await options.read({ signal: stopping.signal, onVendor });
      served = await render(readings);
    } catch (error) {
      log(`the reading failed (a bug in creditline), trying again in the next refresh: ${String(error)}`);
    }
    if (stopping.signal.aborted) return;
    timer = setTimeout(
      () => {
        reading = readOnce();
      },
      Math.max(0, refreshMs - (Date.now() - started)),
    );
  };
  let reading = readOnce();

  const { port } = server.address() as AddressInfo;
  let closed: Promise<void> | undefined;
  return {
    origin: `http://${hostInUrl(options.host)}:${port}`,
    close: () =>
      (closed ??= (async () => {
        stopping.abort();
        clearTimeout(timer);
        await reading;
        await new Promise<void>((resolve, reject) => {
          server.close((error) => (error ? reject(error) : resolve()));
          server.closeAllConnections();
        });
      })()),
  };
}

/** A host as a URL writes it: an IPv6 address in brackets. */
export function hostInUrl(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

function answer(request: IncomingMessage, response: ServerResponse, served: Rendered): void {
  request.resume(); // no path here reads a body
  const path = (request.url as string).split('?')[0] as string; // a server's request always has its URL
  const text = (status: number, body: string, headers: Record<string, string> = {}) => {
    response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
    response.end(body); // Node sends no body to a HEAD request
  };
  if (!PATHS.includes(path)) return text(404, 'Not Found: creditline serves /metrics and /healthz\n');
  if (request.method !== 'GET' && request.method !== 'HEAD') return text(405, `Method Not Allowed: ${path} answers GET and HEAD\n`, { allow: 'GET, HEAD' });
  if (path === '/healthz') return text(200, 'ok\n');
  const format: ExpositionFormat = /application\/openmetrics-text/i.test(`${request.headers.accept}`) ? 'openmetrics' : 'prometheus';
  text(200, served[format], { 'content-type': CONTENT_TYPES[format] });
}
