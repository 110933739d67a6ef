import { ConfigurationError } from '../errors/configuration-error.js';

export interface TimeoutOptions {
  /** Longest wait for the response headers of one attempt (default 30 s). 0 turns it off. */
  attemptMs?: number;
  /** Longest time for the whole call including retries and their waits (default: none). 0 turns it off. */
  totalMs?: number;
}

export interface ResolvedTimeouts {
  attemptMs: number | undefined;
  totalMs: number | undefined;
}

export const DEFAULT_ATTEMPT_TIMEOUT_MS = 30_000;

export function resolveTimeouts(...layers: Array<TimeoutOptions | undefined>): ResolvedTimeouts {
  let attemptMs: number | undefined = DEFAULT_ATTEMPT_TIMEOUT_MS;
  let totalMs: number | undefined;
  for (const layer of layers) {
    if (!layer) continue;
    if (layer.attemptMs !== undefined) attemptMs = checked('attemptMs', layer.attemptMs) || undefined;
    if (layer.totalMs !== undefined) totalMs = checked('totalMs', layer.totalMs) || undefined;
  }
  return { attemptMs, totalMs };
}

function checked(name: string, value: number): number {
  if (!Number.isFinite(value) || value < 0) throw new ConfigurationError(`timeout.${name}`, `must be a finite number >= 0, got ${String(value)}`);
  return value;
}
