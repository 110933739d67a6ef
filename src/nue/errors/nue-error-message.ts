// Nue's error body, typed by the spec. The reference defines `ErrorMessage` twice, with and
// without `errorType`; the spec keeps the union of both
// (spec/nue/CURATION.md).
import type { components } from '../../../generated/nue.js';

export type NueErrorMessage = components['schemas']['ErrorMessage'];

/** The body as Nue's `ErrorMessage` when it looks like one (an object with one of its string fields). */
export function asNueErrorMessage(body: unknown): NueErrorMessage | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const record = body as Record<string, unknown>;
  const out: NueErrorMessage = {};
  for (const key of ['title', 'message', 'errorCode', 'errorType'] as const) {
    const value = record[key];
    if (typeof value === 'string') out[key] = value;
  }
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the only caller reads the fields, which are undefined in an empty object too
  return Object.keys(out).length > 0 ? out : undefined;
}
