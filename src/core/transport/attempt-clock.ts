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

// The pending attempts form a doubly linked list through their entries: adding and removing one
// is a few pointer writes, where a Set would hash each entry object on its first use (about 1 µs
// of a call on Node 24, measured A/B on dist/). `linked` tells a pending entry from a removed one.
interface Entry extends ClockEntry {
  prev: Entry | undefined;
  next: Entry | undefined;
  linked: boolean;
}

export function createAttemptClock(): AttemptClock {
  let first: Entry | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timerAt = Number.POSITIVE_INFINITY;
  // Stryker disable next-line BooleanLiteral: never read before schedule() sets it (the first start always schedules)
  let unrefed = false;

  function schedule(at: number): void {
    // Stryker disable next-line EqualityOperator: for an equal time, setting the timer again changes nothing
    if (at >= timerAt) return;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a timer left set only fires once more and finds nothing due (clearTimeout(undefined) is a no-op)
    if (timer !== undefined) clearTimeout(timer);
    timerAt = at;
    // Stryker disable next-line MethodExpression: a timer set for 0 ms finds nothing due and sets itself again, so attempts still end on time (it only wakes the loop more)
    timer = setTimeout(fire, Math.max(0, at - performance.now()));
    // Stryker disable all: tested in child processes the mutation run cannot reach, test/faults/exits-by-itself.test.ts
    // (Node: without unref it does not exit) and test/package/installed-package.test.ts (web timers, no unref)
    unrefed = typeof (timer as { unref?: unknown }).unref === 'function';
    if (unrefed) (timer as { unref: () => void }).unref();
    // Stryker restore all
  }

  function unlink(entry: Entry): void {
    entry.linked = false;
    if (entry.prev) entry.prev.next = entry.next;
    else first = entry.next;
    if (entry.next) entry.next.prev = entry.prev;
    entry.prev = entry.next = undefined;
  }

  function fire(): void {
    timer = undefined;
    timerAt = Number.POSITIVE_INFINITY;
    const now = performance.now();
    // The due entries are taken off the list before any of them expires: an `expire` may stop or
    // start other attempts (an abort runs listeners at once), which must not cut this walk short.
    const due: Entry[] = [];
    let next = Number.POSITIVE_INFINITY;
    for (let entry = first; entry; entry = entry.next) {
      if (entry.at <= now) due.push(entry);
      else if (entry.at < next) next = entry.at;
    }
    for (const entry of due) unlink(entry);
    if (next !== Number.POSITIVE_INFINITY) schedule(next);
    for (const entry of due) entry.expire();
  }

  return {
    start(ms, expire) {
      const entry: Entry = { at: performance.now() + ms, expire, prev: undefined, next: first, linked: true };
      if (first) first.prev = entry;
      first = entry;
      schedule(entry.at);
      return entry;
    },
    stop(stopped) {
      const entry = stopped as Entry;
      if (!entry.linked) return;
      unlink(entry);
      // Stryker disable all: as for `unrefed` above (only web timers get here)
      if (first === undefined && !unrefed && timer !== undefined) {
        clearTimeout(timer);
        timer = undefined;
        timerAt = Number.POSITIVE_INFINITY;
      }
      // Stryker restore all
    },
  };
}
