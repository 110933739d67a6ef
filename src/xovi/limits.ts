// The limits XOVI returns as `apiResult` (spec/xovi: XoviLimit, KeywordLimits; CURATION.md L2,
// L4), checked before they are handed out: `getXoviLimits` answers a list of name/value pairs,
// `getKeywordLimits` a list of exactly one `{ total, used }`.
import type { components } from '../../generated/xovi.js';

/**
 * One limit of the account (schema `XoviLimit`): its name (`monitoringKeywords`, `socialUrls`, …)
 * and the most it allows, in the unit its name counts; XOVI says nothing of how much of it is used.
 *
 * @useDeclaredType
 */
export type XoviLimit = components['schemas']['XoviLimit'];

/**
 * The monitoring keyword quota (schema `KeywordLimits`): `total` keywords may be monitored, `used` are.
 *
 * @useDeclaredType
 */
export type KeywordLimits = components['schemas']['KeywordLimits'];

/** The limits when `result` is a list of `{ name, value }` (a non-empty name, a number), else undefined. */
export function readXoviLimits(result: unknown): XoviLimit[] | undefined {
  if (!Array.isArray(result)) return undefined;
  const fits = result.every((entry) => isRecord(entry) && typeof entry.name === 'string' && entry.name !== '' && isNumber(entry.value));
  return fits ? (result as XoviLimit[]) : undefined;
}

/** The one entry of `result` when it is a list of exactly one `{ total, used }` (numbers), else undefined. */
export function readKeywordLimits(result: unknown): KeywordLimits | undefined {
  if (!Array.isArray(result) || result.length !== 1) return undefined;
  const [entry] = result as unknown[];
  return isRecord(entry) && isNumber(entry.total) && isNumber(entry.used) ? (entry as KeywordLimits) : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isNumber(value: unknown): value is number {
  // Number.isFinite is false for anything but a finite number (it does not convert a string, as isFinite does).
  return Number.isFinite(value);
}
