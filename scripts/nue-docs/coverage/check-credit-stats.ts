// The credit-stats page, compared loosely because the page lost its case and punctuation:
// names compare case-insensitively, and a documented response is found when a response of the
// operation has a description that starts with the response's first two words.
import type { CreditStatsPage } from '../model.js';
import type { OpenApiDocument } from '../spec/bundle-spec.js';
import { listOperations, operationParameters } from '../spec/load-operations.js';
import type { Json } from '../spec/resolve-ref.js';
import { shapeOf } from './check-operations.js';
import { item, type CoverageItem } from './items.js';

const words = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim().split(' ');

export function checkCreditStats(page: CreditStatsPage, document: OpenApiDocument, fileName: string): CoverageItem[] {
  const spec = listOperations(document).find((o) => o.method === page.method.toLowerCase() && shapeOf(o.path).toLowerCase() === shapeOf(page.path).toLowerCase());
  const key = `${page.method} ${page.path}`;
  const items = [item('operations', key, fileName, spec ? undefined : 'no such operation')];
  const parameters = spec ? operationParameters(document, spec) : [];
  for (const parameter of page.parameters) {
    const found = parameters.some((p) => String(p.name).toLowerCase() === parameter.name && p.in === parameter.in);
    items.push(item('parameters', `${key} ${parameter.in} ${parameter.name}`, fileName, found ? undefined : 'missing'));
  }
  const descriptions = Object.values((spec?.operation.responses ?? {}) as Record<string, Json>).map((r) => words(String(r.description ?? '')).join(' '));
  for (const caption of page.responses) {
    const start = words(caption).slice(0, 2).join(' ');
    items.push(item('response codes', `${key} "${caption}"`, fileName, descriptions.some((d) => d.startsWith(start)) ? undefined : 'no response with this description'));
  }
  return items;
}
