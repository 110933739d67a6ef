// One timer for every attempt of a transport, instead of a setTimeout and a clearTimeout per
// attempt (about 2 µs of a call on Node 20, BENCHMARKS.md): each attempt notes when it expires,
// the timer is set for the soonest of them and, when it fires, ends the attempts that are due and
// sets itself for the next. An attempt answered in time only adds and removes an entry.
//
// A shared timer must not hold a process open after the last call (until that call's time limit):
// where timers have `unref` (Node, Bun) it is unref'd and stays set, as a request still under way
// holds the process open through its socket; elsewhere (browsers, Deno, workers) it is cleared
// when no attempt is left.

export interface ClockEntry {
  /** When it expires, in `performance.now()` milliseconds (monotonic: a clock change moves nothing). */
  readonly at: number;
  readonly expire: () => void;
}

export interface AttemptClock {
  /** Calls `expire` once `ms` have passed, unless `stop` came first. */
  start(ms: number, expire: () => void): ClockEntry;
  stop(entry: ClockEntry): void;
}

export function createAttemptClock(): AttemptClock {
  const pending = new Set<ClockEntry>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timerAt = Number.POSITIVE_INFINITY;
  let unrefed = false;

  function schedule(at: number): void {
    if (at >= timerAt) return;
    if (timer !== undefined) clearTimeout(timer);
    timerAt = at;
    timer = setTimeout(fire, Math.max(0, at - performance.now()));
    // Stryker disable all: tested in child processes the mutation run cannot reach, test/faults/exits-by-itself.test.ts
    // (Node: without unref it does not exit) and test/package/installed-package.test.ts (web timers, no unref)
    unrefed = typeof (timer as { unref?: unknown }).unref === 'function';
    if (unrefed) (timer as { unref: () => void }).unref();
    // Stryker restore all
  }

  function fire(): void {
    timer = undefined;
    timerAt = Number.POSITIVE_INFINITY;
    const now = performance.now();
    let next = Number.POSITIVE_INFINITY;
    for (const entry of pending) {
      if (entry.at <= now) {
        pending.delete(entry);
        entry.expire();
      } else if (entry.at < next) {
        next = entry.at;
      }
    }
    if (next !== Number.POSITIVE_INFINITY) schedule(next);
  }

  return {
    start(ms, expire) {
      const entry: ClockEntry = { at: performance.now() + ms, expire };
      pending.add(entry);
      schedule(entry.at);
      return entry;
    },
    stop(entry) {
      pending.delete(entry);
      // Stryker disable all: as for `unrefed` above (only web timers get here)
      if (pending.size === 0 && !unrefed && timer !== undefined) {
        clearTimeout(timer);
        timer = undefined;
        timerAt = Number.POSITIVE_INFINITY;
      }
      // Stryker restore all
    },
  };
}
