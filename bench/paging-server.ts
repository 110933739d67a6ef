// The Maileon of the paging benchmark, in its own process: `--pages N --page-size S` contingents
// (ids 1…N·S), every page's body made before it listens, so that it answers a page by writing
// bytes and is never what the client waits for. Pages come as test/maileon/fake-maileon.ts and
// Maileon send them (spec/maileon/CURATION.md, M2): `x-items`, `x-pages`, and `Link` headers with
// rel="start", "prev" and "next", one header line each. GET /__stats tells how many pages it was
// asked for since GET /__reset (the overshoot of a loop that stops early) and the CPU time it
// spent meanwhile (the proof that the client did not wait for it). `--latency-ms L` answers each
// page L ms late, as an API over a network does: what prefetching is for.
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { contingent } from '../test/maileon/fake-maileon.js';
import { sendJson, serveOnLoopback } from './harness/serve.js';

const CONTINGENTS_PATH = '/partner/settings/prepaids/contingents';
const { values } = parseArgs({ options: { pages: { type: 'string' }, 'page-size': { type: 'string' }, 'latency-ms': { type: 'string' } } });
// How long a page takes to come back (default 0): a real API answers in milliseconds, not at once.
const latencyMs = Number(values['latency-ms'] ?? 0);
const pageCount = Number(values.pages);
const pageSize = Number(values['page-size']);
if (!(pageCount > 0 && pageSize > 0)) throw new Error('paging-server: --pages and --page-size are required');

const bodies = Array.from({ length: pageCount }, (_, page) =>
  Buffer.from(JSON.stringify(Array.from({ length: pageSize }, (_, i) => contingent(page * pageSize + i + 1)))),
);
const totals = { 'x-items': String(pageCount * pageSize), 'x-pages': String(pageCount) };
let pagesServed = 0;
let cpuAtReset = process.cpuUsage();

const server = createServer((request, response) => {
  request.resume();
  const url = new URL(request.url ?? '/', origin);
  if (url.pathname === '/__stats') {
    const { user, system } = process.cpuUsage(cpuAtReset);
    return sendJson(response, 200, JSON.stringify({ pagesServed, cpuMs: (user + system) / 1000 }));
  }
  if (url.pathname === '/__reset') {
    pagesServed = 0;
    cpuAtReset = process.cpuUsage();
    return sendJson(response, 200, '{}');
  }
  if (url.pathname !== CONTINGENTS_PATH) return sendJson(response, 404, '{"error":"not a benchmark route"}');
  if (!url.searchParams.get('key')) return sendJson(response, 401, '"missing key"');
  const asked = url.searchParams.get('page_size');
  if (asked !== null && Number(asked) !== pageSize) return sendJson(response, 400, `"this server pages by ${pageSize}"`);
  pagesServed++;
  const page = Number(url.searchParams.get('page') ?? url.searchParams.get('page_index') ?? '1');
  const link = (n: number, rel: string) => `<${origin}${CONTINGENTS_PATH}?nl_account_id=${url.searchParams.get('nl_account_id')}&page=${n}>; rel="${rel}"`;
  const links = [link(1, 'start')];
  if (page > 1) links.push(link(page - 1, 'prev'));
  if (page < pageCount) links.push(link(page + 1, 'next'));
  const answer = () => sendJson(response, 200, bodies[page - 1] ?? '[]', { ...totals, link: links });
  if (latencyMs > 0) setTimeout(answer, latencyMs);
  else answer();
});
const origin = await serveOnLoopback(server);
