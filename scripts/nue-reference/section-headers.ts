// The fixed captions widdershins prints inside an operation. Anything else after the first of
// them is either table text or the start of the next tag/operation.
import { enumTableHeader, parameterTableHeader, propertyTableHeader, responseTableHeader } from './table-rows.js';

export const operationSectionHeaders = ['Body parameter', 'Parameters', 'Example responses', 'Responses', 'Response Schema', 'Enumerated Values'] as const;

/** The caption that starts every operation (the heading before it is free text). */
export const codeSamplesCaption = 'Code samples';

/** "Status Code 200" above the schema table of that response. */
export const statusCodeCaption = /^Status Code (\d{3}|default)$/;

const tableHeaders = [parameterTableHeader, responseTableHeader, propertyTableHeader, enumTableHeader];

function isSectionHeader(text: string): boolean {
  return (operationSectionHeaders as readonly string[]).includes(text) || statusCodeCaption.test(text);
}

function startsTable(text: string): boolean {
  return tableHeaders.includes(text.split('\n')[0]!);
}

/** Where an operation's free text (its description, an example block) ends: a caption, a table, or the next operation. */
export function endsFreeText(text: string): boolean {
  return isSectionHeader(text) || startsTable(text) || text === codeSamplesCaption;
}

export const methodLine = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (\/\S*)$/;
