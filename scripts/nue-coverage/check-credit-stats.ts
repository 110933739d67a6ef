// The credit-stats page, compared loosely because the page lost its case and punctuation:
// names compare case-insensitively, and a documented response is found when a response of the
// operation has a description that starts with the response's first two words.
import type { CreditStatsPage } from '../nue-reference/model.js';
import type { Json, OpenApiDocument } from '../openapi/document.js';
import { findOperation, listOperations } from '../openapi/operations.js';
import { operationParameters } from '../openapi/parameters.js';
import { type CoverageItem, item } from './items.js';

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ');

export function checkCreditStats(page: CreditStatsPage, document: OpenApiDocument, fileName: string): CoverageItem[] {
  const spec = findOperation(listOperations(document), page.method, page.path, { ignoreCase: true });
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
    items.push(
      item('response codes', `${key} "${caption}"`, fileName, descriptions.some((d) => d.startsWith(start)) ? undefined : 'no response with this description'),
    );
  }
  return items;
}
