// The base of every error creditline throws. Subclasses only hold data that was redacted
// before it got here, so String(err), err.stack and JSON.stringify(err) are safe to log.

export class CreditlineError extends Error {
  override name = 'CreditlineError';

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = { name: this.name, message: this.message };
    for (const [key, value] of Object.entries(this)) out[key] = value;
    return out;
  }
}

export function isCreditlineError(error: unknown): error is CreditlineError {
  return error instanceof CreditlineError;
}
