// One documented thing and whether the spec has it: the unit coverage counts.
import type { Finding } from './evidence.js';

export const categories = ['operations', 'parameters', 'response codes', 'schemas', 'schema properties'] as const;
export type Category = (typeof categories)[number];

export interface CoverageItem {
  category: Category;
  /** What it is, e.g. "POST /orders/{orderId}:cancel" or "Invoice.groupKey.empty". */
  key: string;
  /** Where the docs document it. */
  source: string;
  found: boolean;
  /** Why it does not count as found; for one accepted on evidence, how the spec differs from the docs. */
  reason?: string;
  /** The `x-evidence` id on which the spec's difference from the docs is accepted (found, but listed). */
  evidence?: string;
}

export function item(category: Category, key: string, source: string, finding: Finding): CoverageItem {
  if (finding === undefined) return { category, key, source, found: true };
  if (typeof finding === 'string') return { category, key, source, found: false, reason: finding };
  return { category, key, source, found: true, reason: finding.reason, evidence: finding.evidence.id };
}
