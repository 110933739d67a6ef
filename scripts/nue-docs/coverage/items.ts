// One documented thing and whether the spec has it: the unit coverage counts.
export const categories = ['operations', 'parameters', 'response codes', 'schemas', 'schema properties'] as const;
export type Category = (typeof categories)[number];

export interface CoverageItem {
  category: Category;
  /** What it is, e.g. "POST /orders/{orderId}:cancel" or "Invoice.groupKey.empty". */
  key: string;
  /** Where the docs document it. */
  source: string;
  found: boolean;
  /** Why it does not count as found. */
  reason?: string;
}

export function item(category: Category, key: string, source: string, problem: string | undefined): CoverageItem {
  return { category, key, source, found: problem === undefined, ...(problem === undefined ? {} : { reason: problem }) };
}
