import { expect } from 'vitest';

/** The error a promise rejects with; the test fails when the promise resolves instead. */
export function caught(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable('expected the promise to reject'),
    (error: unknown) => error,
  );
}
