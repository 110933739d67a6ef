// The options only `creditline serve` has: where to listen and how often to read the vendors.
// The default address is loopback: credits and account names are nobody else's business, so
// serving them to a network takes an address the user wrote. The refresh has a floor, since every
// reading asks each vendor once and vendors limit how often they may be asked.
import { UsageError } from './usage-error.js';

export interface ListenAddress {
  /** As given: an IPv4 address, a host name, or an IPv6 address without its brackets. */
  host: string;
  /** 0 for a free port. */
  port: number;
}

export const DEFAULT_LISTEN: ListenAddress = { host: '127.0.0.1', port: 9464 };
export const DEFAULT_REFRESH_MS = 5 * 60_000;
export const MIN_REFRESH_MS = 1_000;

const UNIT_MS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 };

/** `--listen <host>:<port>`, `[<IPv6>]:<port>` for IPv6; the default when absent. */
export function parseListen(text: string | undefined): ListenAddress {
  if (text === undefined) return DEFAULT_LISTEN;
  const match = /^(?:\[([^\]]+)\]|([^:[\]\s]+)):(\d{1,5})$/.exec(text.trim());
  const port = Number(match?.[3]);
  if (!match || port > 65_535) {
    throw new UsageError(`--listen takes <host>:<port>, e.g. 127.0.0.1:9464, or 0.0.0.0:9464 to serve every network; got ${JSON.stringify(text)}`);
  }
  return { host: (match[1] ?? match[2]) as string, port };
}

/** `--refresh <duration>`: a number with ms, s, m or h (5m, 90s), at least a second; the default when absent. */
export function parseRefresh(text: string | undefined): number {
  if (text === undefined) return DEFAULT_REFRESH_MS;
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)$/.exec(text.trim());
  if (!match) throw new UsageError(`--refresh takes a duration such as 5m, 90s or 1h, got ${JSON.stringify(text)}`);
  const milliseconds = Number(match[1]) * (UNIT_MS[match[2] as string] as number);
  if (milliseconds < MIN_REFRESH_MS) throw new UsageError(`--refresh must be at least 1s (every reading asks each vendor), got ${text.trim()}`);
  return milliseconds;
}

/** A refresh as the log says it: the largest unit that divides it (5m, 90s, 1500ms). */
export function durationText(milliseconds: number): string {
  for (const unit of ['h', 'm', 's'] as const) {
    const size = UNIT_MS[unit] as number;
    if (milliseconds % size === 0) return `${milliseconds / size}${unit}`;
  }
  return `${milliseconds}ms`;
}
