// Operations of one product area: everything between its "Authentication" line and its
// "Schemas" line. Each operation is "<heading>", "Code samples", the samples, "METHOD /path",
// the description and fixed sections; tags are the headings that no "Code samples" follows.
import { readCurlSample } from './code-sample.js';
import { splitFreeText } from './free-text.js';
import type { DocOperation, DocTag, ProductArea } from './model.js';
import { readOperationBody } from './operation-body.js';
import type { Paragraph } from './paragraphs.js';
import { codeSamplesCaption, methodLine } from './section-headers.js';

export interface AreaOperations {
  tags: DocTag[];
  operations: DocOperation[];
}

export function parseAreaOperations(area: ProductArea, paragraphs: Paragraph[]): AreaOperations {
  const tags: DocTag[] = [];
  const operations: DocOperation[] = [];
  const authentication = paragraphs.findIndex((p) => p.text === 'Authentication');
  let index = authentication + 1;
  let free: Paragraph[] = [];
  let currentTag: DocTag | undefined;

  while (index < paragraphs.length) {
    const paragraph = paragraphs[index]!;
    if (paragraph.text !== codeSamplesCaption) {
      free.push(paragraph);
      index++;
      continue;
    }
    const { tag, heading } = splitFreeText(free);
    if (tag) {
      currentTag = { area: area.slug, name: tag.name.text, line: tag.name.line, description: tag.description.map((p) => p.text).join('\n\n') };
      tags.push(currentTag);
    }
    if (!currentTag) throw new Error(`line ${paragraph.line}: operation before any tag in ${area.title}`);
    const methodIndex = paragraphs.findIndex((p, i) => i > index && methodLine.test(p.text));
    if (methodIndex < 0) throw new Error(`line ${paragraph.line}: "Code samples" without a METHOD /path line`);
    const codeSample = readCurlSample(paragraphs.slice(index + 1, methodIndex));
    if (!codeSample) throw new Error(`line ${paragraph.line}: no curl sample`);
    const [, method, docPath] = methodLine.exec(paragraphs[methodIndex]!.text)!;
    const body = readOperationBody(paragraphs, methodIndex + 1);
    operations.push({
      area: area.slug,
      tag: currentTag.name,
      ...(heading ? { heading: heading.text } : {}),
      headingLine: heading?.line ?? paragraph.line,
      method: method!,
      docPath: docPath!,
      methodLine: paragraphs[methodIndex]!.line,
      codeSample,
      ...body.operation,
    });
    free = [];
    index = body.next;
  }
  return { tags, operations };
}
