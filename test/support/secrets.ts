// Assertions that secrets (keys, passwords, tokens) never show where a user could see them.
import { inspect } from 'node:util';
import { expect } from 'vitest';

/** Asserts that no secret shows in any way an error can be printed or serialised. */
export function expectNoSecrets(error: unknown, secrets: string[]): void {
  const err = error as Error;
  const renderings = [
    String(err),
    err.message,
    err.stack ?? '',
    JSON.stringify(err),
    JSON.stringify((err as { cause?: unknown }).cause ?? null),
    inspect(err, { depth: 8 }),
  ];
  for (const secret of secrets) {
    for (const rendering of renderings) expect(rendering).not.toContain(secret);
  }
}

/** Asserts that no secret shows in the log entries, written out as JSON. */
export function expectNoSecretsInLog(log: readonly unknown[], secrets: string[]): void {
  const text = JSON.stringify(log);
  for (const secret of secrets) expect(text).not.toContain(secret);
}
