// The dump is a sequence of paragraphs separated by blank lines: a heading, a sentence,
// a table with its header, a JSON block. Parsing walks paragraphs, not characters.
import { readFileSync } from 'node:fs';
import type { DocLine } from './model.js';

export interface Paragraph {
  /** Line number of the paragraph's first line. */
  line: number;
  lines: DocLine[];
  /** The lines joined with "\n". */
  text: string;
}

export function readDocLines(file: string): DocLine[] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((text, index) => ({ line: index + 1, text }));
}

export function toParagraphs(lines: DocLine[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: DocLine[] = [];
  const flush = () => {
    if (current.length > 0) {
      paragraphs.push({ line: current[0]!.line, lines: current, text: current.map((l) => l.text).join('\n') });
      current = [];
    }
  };
  for (const line of lines) {
    if (line.text.trim() === '') flush();
    else current.push(line);
  }
  flush();
  return paragraphs;
}
