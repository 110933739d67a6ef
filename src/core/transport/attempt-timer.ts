import type { TimeoutKind } from '../errors/timeout-error.js';

/** One attempt's time limit: the per-attempt timeout or what is left of the call's deadline, whichever is sooner. */
export interface AttemptTimer {
  signal: AbortSignal;
  clear(): void;
  /** Which limit fired, if one did. */
  fired(): { kind: TimeoutKind; ms: number } | undefined;
}

export function startAttemptTimer(attemptMs: number | undefined, remainingMs: number | undefined, totalMs: number | undefined): AttemptTimer | undefined {
  if (attemptMs === undefined && remainingMs === undefined) return undefined;
  const byDeadline = remainingMs !== undefined && (attemptMs === undefined || remainingMs < attemptMs);
  const limit = byDeadline ? { kind: 'deadline' as const, ms: totalMs ?? 0 } : { kind: 'attempt' as const, ms: attemptMs ?? 0 };
  const controller = new AbortController();
  let fired: typeof limit | undefined;
  const handle = setTimeout(() => {
    fired = limit;
    controller.abort(new Error(`creditline ${limit.kind} timeout`));
  }, byDeadline ? remainingMs : attemptMs);
  return { signal: controller.signal, clear: () => clearTimeout(handle), fired: () => fired };
}
