// Reads a table that starts at a paragraph whose first line is the table's header. Rows may
// wrap onto further lines, and a few descriptions run on into further paragraphs; the caller
// says which following paragraphs still belong to the table.
import type { DocLine } from './model.js';
import type { Paragraph } from './paragraphs.js';

export type RowParser<T> = (text: string, line: number) => T | undefined;
export type ContinuationTest = (paragraphs: Paragraph[], index: number) => boolean;

export interface TableResult<T> {
  rows: T[];
  /** Index of the first paragraph after the table. */
  next: number;
  /** Lines before the first row that are neither header nor row. */
  orphans: DocLine[];
}

export function readTable<T extends { description: string }>(
  paragraphs: Paragraph[],
  start: number,
  parseRow: RowParser<T>,
  isContinuation: ContinuationTest = () => false,
): TableResult<T> {
  const rows: T[] = [];
  const orphans: DocLine[] = [];
  const take = (line: DocLine) => {
    const row = parseRow(line.text, line.line);
    if (row) rows.push(row);
    else if (rows.length > 0) rows[rows.length - 1]!.description += `\n${line.text}`;
    else orphans.push(line);
  };
  paragraphs[start]!.lines.slice(1).forEach(take);
  let index = start + 1;
  while (index < paragraphs.length) {
    const paragraph = paragraphs[index]!;
    const first = paragraph.lines[0]!;
    if (parseRow(first.text, first.line)) {
      paragraph.lines.forEach(take);
    } else if (rows.length > 0 && isContinuation(paragraphs, index)) {
      const last = rows[rows.length - 1]!;
      last.description += `\n\n${paragraph.text}`;
    } else {
      break;
    }
    index++;
  }
  return { rows, next: index, orphans };
}

/** A following paragraph belongs to the table when the one after it is a row again. */
export function continuesBeforeAnotherRow(parseRow: RowParser<unknown>): ContinuationTest {
  return (paragraphs, index) => {
    for (let i = index + 1; i < paragraphs.length; i++) {
      const first = paragraphs[i]!.lines[0]!;
      if (parseRow(first.text, first.line)) return true;
      if (!looksLikeProse(paragraphs[i]!.text)) return false;
    }
    return false;
  };
}

/** Sentences end with punctuation; headings and names do not. */
export function looksLikeProse(text: string): boolean {
  return /[.:;)]$/.test(text.trim()) && text.trim().split(/\s+/).length > 3;
}
