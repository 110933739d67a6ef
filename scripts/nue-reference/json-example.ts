// JSON blocks of the dump: request bodies, responses and schema examples. The docs print
// `null` where they have no example; a block that does not parse is kept with parses=false.
import type { DocExample } from './model.js';
import type { Paragraph } from './paragraphs.js';

export function looksLikeJson(paragraph: Paragraph): boolean {
  const text = paragraph.text.trim();
  return /^[{["]/.test(text) || /^(null|true|false|-?\d[\d.eE+-]*)$/.test(text);
}

export function toExample(paragraph: Paragraph, title?: string): DocExample {
  const raw = paragraph.text;
  try {
    return { line: paragraph.line, ...(title === undefined ? {} : { title }), raw, value: JSON.parse(raw) as unknown, parses: true };
  } catch {
    return { line: paragraph.line, ...(title === undefined ? {} : { title }), raw, parses: false };
  }
}

/** The `null` the docs print where they have no example: not an example at all. */
export function isNoExample(example: DocExample): boolean {
  return example.parses && example.value === null;
}

/** An example with a value to use: it parses and is not the `null` placeholder. */
export function hasValue(example: DocExample | undefined): example is DocExample {
  return example?.parses === true && example.value !== null;
}
