// What both benchmark servers share: loopback only, connections kept alive for the whole run, the
// origin printed once ready (processes.ts waits for it), and an exit when the benchmark closes
// stdin or goes away, so that no server is left behind.
import type { Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Listens on 127.0.0.1 and resolves with the origin, which no client knows before it is printed. */
export async function serveOnLoopback(server: Server): Promise<string> {
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.stdin.resume();
  process.stdin.on('end', () => process.exit(0));
  process.stdin.on('error', () => process.exit(0));
  process.stdout.write(`${origin}\n`);
  return origin;
}

export function sendJson(response: ServerResponse, status: number, body: Buffer | string, headers: Record<string, string | string[]> = {}): void {
  response.writeHead(status, { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  response.end(body);
}
