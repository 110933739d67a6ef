// Totals announced by paged responses (Maileon: `x-items`, `x-pages`).

/** What the server says of the whole list (Maileon's `x-items` and `x-pages`, Nue's `pagination.total`). */
export interface PageTotals {
  /** Items across all pages, when the server says. */
  items: number | undefined;
  /** Number of pages, when the server says. */
  pages: number | undefined;
}

export function readPageTotals(headers: Headers): PageTotals {
  return { items: readCount(headers.get('x-items')), pages: readCount(headers.get('x-pages')) };
}

function readCount(value: string | null): number | undefined {
  if (value === null || !/^\s*\d+\s*$/.test(value)) return undefined;
  return Number(value);
}
