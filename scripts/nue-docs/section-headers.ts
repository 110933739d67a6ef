// The fixed captions widdershins prints inside an operation. Anything else after the first of
// them is either table text or the start of the next tag/operation.
import { enumTableHeader, parameterTableHeader, propertyTableHeader, responseTableHeader } from './table-rows.js';

export const operationSectionHeaders = ['Body parameter', 'Parameters', 'Example responses', 'Responses', 'Response Schema', 'Enumerated Values'] as const;

const tableHeaders = [parameterTableHeader, responseTableHeader, propertyTableHeader, enumTableHeader];

export function isSectionHeader(text: string): boolean {
  return (operationSectionHeaders as readonly string[]).includes(text) || /^Status Code (\d{3}|default)$/.test(text);
}

export function startsTable(text: string): boolean {
  return tableHeaders.includes(text.split('\n')[0]!);
}

export const methodLine = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (\/\S*)$/;
