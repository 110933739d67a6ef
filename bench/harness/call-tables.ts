// The per-call tables: each client's time per call (median and p25–p75 of every sample), and what
// it adds to the bare openapi-fetch of its API, round by round (summaries.ts).
import { ratio, table, withRange, µs } from './format.js';
import type { CallsResult } from './results.js';
import { overBaseline } from './summaries.js';

export function callTable({ setting, clients }: CallsResult): string {
  const unit = setting === 'memory' ? 'call' : 'request';
  return table(
    ['API', 'client', `time per ${unit}: median (p25–p75)`, `${unit}s`, 'above bare openapi-fetch: median (p25–p75) of rounds', 'ratio to bare openapi-fetch'],
    clients.map((client) => {
      const over = client.scale ? undefined : overBaseline(clients, client);
      const baseline = clients.find((other) => other.api === client.api && other.baseline)!;
      return [
        client.api,
        client.baseline ? `**${client.name}**` : client.scale ? `_${client.name}_` : client.name,
        withRange(client, µs),
        String(client.calls),
        over ? withRange(over, µs) : '',
        over ? ratio(client.p50 / baseline.p50) : '',
      ];
    }),
  );
}
