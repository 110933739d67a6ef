// The benchmark's HTTP server, in its own process so that it does not share the event
// loop with the clients being measured. Prints its origin on stdout when ready.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CREDIT_STATE_ANSWER } from '../test/support/xovi-credit-state.js';

const creditState = JSON.stringify(CREDIT_STATE_ANSWER);

// A Nue credit-stats answer in the shape of spec/nue (CreditStatsResponse), one pool.
const nueCreditStats = JSON.stringify({
  data: { summary: { accountBalance: 720, creditPool: ['pool-1'], totalGrantCredits: 1000, expiredCredits: 0, consumedCredits: 280, totalBalance: 720 } },
});

const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    const body = req.url?.startsWith('/customers/') ? nueCreditStats : creditState;
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`http://127.0.0.1:${(server.address() as AddressInfo).port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
