// At most one login or refresh at a time: whoever needs a token while one is being fetched waits
// for that one. The shared operation runs without any caller's signal, so one caller giving up
// (abort, attempt timeout) neither cancels it for the others nor starts a second one.

export class SingleFlight<T> {
  #current: Promise<T> | undefined;

  /** True while an operation is in flight. */
  get running(): boolean {
    return this.#current !== undefined;
  }

  /** Joins the operation in flight, or starts `operation` when there is none. */
  run(operation: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (!this.#current) {
      const started = operation().finally(() => {
        // Stryker disable next-line ConditionalExpression: no operation starts while #current is set, so it is always `started` here
        if (this.#current === started) this.#current = undefined;
      });
      this.#current = started;
      // The starter may stop waiting (abort); the result still settles the shared promise.
      started.catch(() => undefined);
    }
    return untilAborted(this.#current, signal);
  }

  /** Waits for the operation in flight, if any; its failure is not rethrown. */
  async settled(): Promise<void> {
    await this.#current?.catch(() => undefined);
  }
}

/** The promise's outcome, or a rejection with the signal's reason as soon as it aborts. */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: a signal fires 'abort' once, so `once` changes nothing observable
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        // Stryker disable next-line StringLiteral: a listener left behind only rejects a settled promise, which does nothing
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        // Stryker disable next-line StringLiteral: a listener left behind only rejects a settled promise, which does nothing
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
