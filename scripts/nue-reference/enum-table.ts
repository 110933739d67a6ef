// An "Enumerated Values" table: `Property Value` rows for the properties of the table above it.
import type { DocLine, EnumValue } from './model.js';
import type { Paragraph } from './paragraphs.js';
import { enumTableHeader, parseEnumRow } from './table-rows.js';

/** The caption "Enumerated Values" at `index`, with its table right after it. */
export function startsEnumTable(paragraphs: Paragraph[], index: number): boolean {
  return paragraphs[index]?.text === 'Enumerated Values' && paragraphs[index + 1]?.text.startsWith(enumTableHeader) === true;
}

export function readEnumTable(paragraph: Paragraph, properties: readonly string[]): EnumValue[] {
  return paragraph.lines
    .slice(1)
    .map((line: DocLine) => parseEnumRow(line.text, line.line, properties))
    .filter((e): e is EnumValue => e !== undefined);
}
