// Assertions that secrets (keys, passwords, tokens) never show where a user could see them.
import { inspect } from 'node:util';
import { expect } from 'vitest';

/** Every way an error can be printed or serialised, its cause chain included. */
function renderingsOf(error: unknown): string[] {
  const err = error as Error;
  return [
    String(err),
    err.message,
    err.stack ?? '',
    JSON.stringify(err),
    JSON.stringify((err as { cause?: unknown }).cause ?? null),
    inspect(err, { depth: 8 }),
  ];
}

/** Asserts that no secret shows in any way an error can be printed or serialised. */
export function expectNoSecrets(error: unknown, secrets: string[]): void {
  expectNoneIn(renderingsOf(error), secrets);
}

/** Asserts that no secret shows in the log entries, written out as JSON. */
export function expectNoSecretsInLog(log: readonly unknown[], secrets: string[]): void {
  expectNoneIn([JSON.stringify(log)], secrets);
}

// One plain search and one assertion, rather than an assertion per secret and text: property
// tests make this check a thousand times.
function expectNoneIn(texts: string[], secrets: string[]): void {
  const shown = secrets.filter((secret) => texts.some((text) => text.includes(secret)));
  expect(shown, `secrets shown in: ${texts.join('\n---\n')}`).toEqual([]);
}
