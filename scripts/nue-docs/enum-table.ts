// An "Enumerated Values" table: `Property Value` rows for the properties of the table above it.
import type { DocLine, EnumValue } from './model.js';
import type { Paragraph } from './paragraphs.js';
import { parseEnumRow } from './table-rows.js';

export function readEnumTable(paragraph: Paragraph, properties: readonly string[]): EnumValue[] {
  return paragraph.lines
    .slice(1)
    .map((line: DocLine) => parseEnumRow(line.text, line.line, properties))
    .filter((e): e is EnumValue => e !== undefined);
}

