// A campaign slice in a process of its own, for exits-by-itself.test.ts: paging through faults,
// a failing POST, an abort mid-call, then the servers close and nothing else is done. If a
// socket, timer or listener were left behind, this process would not end by itself.
import { createMaileonClient } from '../../src/maileon/index.js';
import { CONTINGENTS_PATH, contingentPages } from '../maileon/fake-maileon.js';
import { sendJson, startServer } from '../support/http-server.js';
import { startFaultProxy } from './fault-proxy.js';
import { seededRandom } from './seeded-random.js';

const pages = contingentPages(2_000, 100);
let proxyOrigin = '';
const upstream = await startServer((request, response) => {
  const page = Number(request.query.get('page') ?? '1');
  const next: Record<string, string> = page < pages.length ? { link: `<${proxyOrigin}${CONTINGENTS_PATH}?page=${page + 1}>; rel="next"` } : {};
  sendJson(response, request.method === 'POST' ? 201 : 200, pages[page - 1] ?? [], next);
});
const proxy = await startFaultProxy({ upstream: () => upstream.origin, random: seededRandom(7), rate: 0.1, stallMs: 300 });
proxyOrigin = proxy.origin;

const maileon = createMaileonClient({
  apiKey: 'exit-check-key',
  baseUrl: proxy.origin,
  retry: { retries: 5, baseDelayMs: 1, maxDelayMs: 5 },
  timeout: { attemptMs: 150 },
});
const items = await maileon.listContingents({ nlAccountId: 1 }).toArray({ max: 2_000 });
// Default timeouts from here on: a 30-second attempt timer left running would keep this process alive.
const patient = createMaileonClient({ apiKey: 'exit-check-key', baseUrl: upstream.origin });
await patient.GET(CONTINGENTS_PATH, { params: { query: { nl_account_id: 1 } } });
const aborted = new AbortController();
const pending = patient.GET(CONTINGENTS_PATH, { params: { query: { nl_account_id: 1 } }, signal: aborted.signal }).catch((error: Error) => error.name);
aborted.abort();
const abortName = await pending;

await proxy.close();
await upstream.close();
process.stdout.write(`${JSON.stringify({ items: items.length, faults: proxy.injected.length, abortName })}\n`);
