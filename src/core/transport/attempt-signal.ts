import type { TimeoutKind } from '../errors/timeout-error.js';
import type { AttemptClock } from './attempt-clock.js';

/**
 * One attempt's signal: aborts when the caller's signal does, or when the attempt's time limit
 * (the per-attempt timeout or what is left of the call's deadline, whichever is sooner) runs out.
 */
export interface AttemptSignal {
  signal: AbortSignal;
  /** Stops the timer once the response headers are in; the caller's abort still reaches the body. */
  release(): void;
  /**
   * Stops forwarding the caller's abort, once the attempt's body has been read or dropped. Until
   * then the caller's signal holds a listener and, through it, the attempt's controller: a
   * signal shared by many calls would keep one of each per call for as long as it lives.
   */
  detach(): void;
  /** Which limit fired, if one did. */
  fired(): { kind: TimeoutKind; ms: number } | undefined;
}

// Why not AbortSignal.any([caller, timeout]): on Node 20 it cost ~25 µs per call, more than the
// rest of the transport together (BENCHMARKS.md, "In memory"). A plain listener does the same job.
// `callerSignal` is the signal the caller gave the call (the Request follows it), which lives as
// long as the call: the listener may stay on it, and an abort while the body is still being read
// cancels the body too. A call without one cannot be aborted by its caller, and skips the listener
// (about 2 µs of a call on Node 20). `requestSignal` is the Request's own, used when no limit is set.
export function startAttemptSignal(
  clock: AttemptClock,
  requestSignal: AbortSignal,
  callerSignal: AbortSignal | undefined,
  attemptMs: number | undefined,
  remainingMs: number | undefined,
  totalMs: number | undefined,
): AttemptSignal {
  if (attemptMs === undefined && remainingMs === undefined) return { signal: requestSignal, release: noop, detach: noop, fired: () => undefined };
  const byDeadline = remainingMs !== undefined && (attemptMs === undefined || remainingMs < attemptMs);
  const limit = byDeadline ? { kind: 'deadline' as const, ms: totalMs ?? 0 } : { kind: 'attempt' as const, ms: attemptMs ?? 0 };
  const controller = new AbortController();
  let fired: typeof limit | undefined;
  const timer = clock.start((byDeadline ? remainingMs : attemptMs) as number, () => {
    fired = limit;
    controller.abort(new Error(`creditline ${limit.kind} timeout`));
  });
  let detach = noop;
  if (callerSignal) {
    const forwardAbort = () => controller.abort(callerSignal.reason);
    callerSignal.addEventListener('abort', forwardAbort, { once: true });
    detach = () => callerSignal.removeEventListener('abort', forwardAbort);
  }
  return {
    signal: controller.signal,
    release: () => clock.stop(timer),
    detach,
    fired: () => fired,
  };
}

function noop(): void {}
