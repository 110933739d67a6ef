// Prints found/documented per category, every difference from the docs accepted on evidence
// (counted as found, listed so that it stays in view), and every miss.
import { type CoverageItem, categories } from './items.js';

export interface CategoryTotal {
  category: string;
  found: number;
  documented: number;
}

export function totals(items: CoverageItem[]): CategoryTotal[] {
  return categories.map((category) => {
    const inCategory = items.filter((i) => i.category === category);
    return { category, found: inCategory.filter((i) => i.found).length, documented: inCategory.length };
  });
}

export function formatReport(items: CoverageItem[]): string {
  const lines: string[] = [];
  const rows = totals(items);
  const width = Math.max(...rows.map((r) => r.category.length));
  lines.push(`${'category'.padEnd(width)}  found / documented`);
  for (const row of rows) {
    // Rounded down, so that anything short of complete never prints as 100%.
    const percent = row.documented === 0 ? 100 : Math.floor((1000 * row.found) / row.documented) / 10;
    lines.push(`${row.category.padEnd(width)}  ${String(row.found).padStart(5)} / ${String(row.documented).padEnd(5)} ${percent.toFixed(1).padStart(5)}%`);
  }
  const deviations = items.filter((i) => i.evidence !== undefined);
  if (deviations.length > 0) {
    lines.push('', `${deviations.length} deviation(s) from the docs accepted on evidence (x-evidence; the API's CURATION.md explains each id):`);
    for (const deviation of deviations)
      lines.push(`  [${deviation.category}] ${deviation.key} (${deviation.source}): ${deviation.reason} [${deviation.evidence}]`);
  }
  const misses = items.filter((i) => !i.found);
  if (misses.length > 0) {
    lines.push('', `${misses.length} miss(es):`);
    for (const miss of misses) lines.push(`  [${miss.category}] ${miss.key} (${miss.source}): ${miss.reason}`);
  }
  return lines.join('\n');
}
