// The credit state XOVI returns as `apiResult` (spec/xovi: Creditstate), checked before it is
// handed out as one: every field the spec requires, with its type.
import type { components } from '../../generated/xovi.js';

/**
 * XOVI's credit state (schema `Creditstate`): `creditsleft`, `creditsused`, `creditamount`, `lastrefill`, …
 *
 * @useDeclaredType
 */
export type CreditState = components['schemas']['Creditstate'];

const NUMBER_FIELDS = ['creditamount', 'additionalCreditamount', 'bookedCreditamount', 'refillintervall', 'creditsleft', 'creditsused'] as const;

export function isCreditState(value: unknown): value is CreditState {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  return typeof record.lastrefill === 'string' && NUMBER_FIELDS.every((field) => Number.isFinite(record[field]));
}
