// Example blocks, each optionally under a caption ("200 Response", "Sample Billing Schedule"):
// the "Body parameter" and "Example responses" sections of an operation.
import { looksLikeJson, toExample } from './json-example.js';
import type { DocExample, ResponseExample } from './model.js';
import type { Paragraph } from './paragraphs.js';
import { endsFreeText } from './section-headers.js';

export function readCaptionedExamples(paragraphs: Paragraph[], start: number): { examples: ResponseExample[]; next: number } {
  const examples: ResponseExample[] = [];
  let index = start;
  while (index < paragraphs.length) {
    const paragraph = paragraphs[index]!;
    if (endsFreeText(paragraph.text)) break;
    if (looksLikeJson(paragraph)) {
      // A block under a caption completes that caption's entry; an uncaptioned block gets its own.
      const last = examples[examples.length - 1];
      const example: DocExample = toExample(paragraph, last && !last.example ? last.title : undefined);
      if (last && !last.example) last.example = example;
      else examples.push({ line: paragraph.line, title: '', example });
    } else {
      const status = /^(\d{3}|default) Response$/.exec(paragraph.text)?.[1];
      examples.push({ line: paragraph.line, title: paragraph.text, ...(status ? { status } : {}) });
    }
    index++;
  }
  return { examples, next: index };
}
