import { inspect } from 'node:util';
import { expect } from 'vitest';

/** Asserts that no secret shows in any way an error can be printed or serialised. */
export function expectNoSecrets(error: unknown, secrets: string[]): void {
  const err = error as Error;
  const renderings = [String(err), err.message, err.stack ?? '', JSON.stringify(err), JSON.stringify((err as { cause?: unknown }).cause ?? null), inspect(err, { depth: 8 })];
  for (const secret of secrets) {
    for (const rendering of renderings) expect(rendering).not.toContain(secret);
  }
}
