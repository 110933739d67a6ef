// The server of the per-call tables over loopback, in its own process (harness/processes.ts): the
// XOVI credit state, Nue's credit stats and a small page of Maileon contingents, each answer's
// bytes made once. GET /__stats tells how many connections it accepted: few, when every client
// keeps its connection alive.
import { createServer } from 'node:http';
import { maileonAnswer, nueAnswer, xoviAnswer } from './harness/answers.js';
import { sendJson, serveOnLoopback } from './harness/serve.js';

const routes: [prefix: string, body: Buffer][] = [
  ['/api/user/getCreditstate/', Buffer.from(xoviAnswer)],
  ['/customers/', Buffer.from(nueAnswer)],
  ['/partner/settings/prepaids/contingents', Buffer.from(maileonAnswer)],
];
let connections = 0;
let requests = 0;

const server = createServer((request, response) => {
  request.resume();
  const url = request.url ?? '';
  if (url === '/__stats') return sendJson(response, 200, JSON.stringify({ connections, requests }));
  requests++;
  const body = routes.find(([prefix]) => url.startsWith(prefix))?.[1];
  if (body) sendJson(response, 200, body);
  else sendJson(response, 404, '{"error":"not a benchmark route"}');
});
server.on('connection', () => connections++);
await serveOnLoopback(server);
