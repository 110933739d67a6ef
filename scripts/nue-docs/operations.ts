// Operations of one product area: everything between its "Authentication" line and its
// "Schemas" line. Each operation is "<heading>", "Code samples", the samples, "METHOD /path",
// the description and fixed sections; tags are the headings that no "Code samples" follows.
import { readCurlSample } from './code-sample.js';
import { looksLikeJson, toExample } from './json-example.js';
import type { DocExample, DocOperation, DocTag, ProductArea, ResponseExample, TableRow } from './model.js';
import { readEnumTable } from './enum-table.js';
import type { Paragraph } from './paragraphs.js';
import { continuesBeforeAnotherRow, readTable } from './read-table.js';
import { isSectionHeader, methodLine, startsTable } from './section-headers.js';
import { enumTableHeader, parameterTableHeader, parseParameterRow, parsePropertyRow, parseResponseRow, propertyTableHeader, responseTableHeader } from './table-rows.js';
import { splitFreeText } from './free-text.js';

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
    if (paragraph.text !== 'Code samples') {
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

type OperationBody = Pick<DocOperation, 'description' | 'bodyExamples' | 'parameters' | 'parameterEnums' | 'responseExamples' | 'responses' | 'responseSchemas' | 'unparsed'>;

function readOperationBody(paragraphs: Paragraph[], start: number): { operation: OperationBody; next: number } {
  const operation: OperationBody = { description: '', bodyExamples: [], parameters: [], parameterEnums: [], responseExamples: [], responses: [], responseSchemas: [], unparsed: [] };
  let index = start;
  const description: string[] = [];
  while (index < paragraphs.length && !isSectionHeader(paragraphs[index]!.text) && !startsTable(paragraphs[index]!.text) && paragraphs[index]!.text !== 'Code samples') {
    description.push(paragraphs[index]!.text);
    index++;
  }
  operation.description = description.join('\n\n');

  let lastTable: 'parameters' | 'responseSchema' | undefined;
  while (index < paragraphs.length) {
    const paragraph = paragraphs[index]!;
    const text = paragraph.text;
    if (text === 'Body parameter') {
      const read = readCaptionedExamples(paragraphs, index + 1);
      operation.bodyExamples.push(...read.examples.flatMap((e) => (e.example ? [e.example] : [])));
      operation.unparsed.push(...read.examples.filter((e) => !e.example).map((e) => ({ line: e.line, text: e.title })));
      index = read.next;
    } else if (text === 'Parameters' || text.startsWith(parameterTableHeader)) {
      const tableStart = text === 'Parameters' ? index + 1 : index;
      if (!paragraphs[tableStart]?.text.startsWith(parameterTableHeader)) {
        operation.unparsed.push(...paragraph.lines);
        index++;
        continue;
      }
      const table = readTable<TableRow>(paragraphs, tableStart, parseParameterRow, (ps, i) => !isSectionHeader(ps[i]!.text) && !startsTable(ps[i]!.text) && ps[i]!.text !== 'Code samples');
      operation.parameters.push(...table.rows);
      operation.unparsed.push(...table.orphans);
      lastTable = 'parameters';
      index = table.next;
    } else if (text === 'Example responses') {
      const read = readCaptionedExamples(paragraphs, index + 1);
      operation.responseExamples.push(...read.examples);
      index = read.next;
    } else if (text === 'Responses' || text.startsWith(responseTableHeader)) {
      const tableStart = text === 'Responses' ? index + 1 : index;
      const table = readTable(paragraphs, tableStart, (t, l) => {
        const row = parseResponseRow(t, l);
        return row ? { ...row } : undefined;
      });
      operation.responses.push(...table.rows);
      operation.unparsed.push(...table.orphans);
      index = table.next;
    } else if (text === 'Response Schema') {
      index++;
    } else if (/^Status Code (\d{3}|default)$/.test(text) && paragraphs[index + 1]?.text.startsWith(propertyTableHeader)) {
      const status = text.slice('Status Code '.length);
      const table = readTable<TableRow>(paragraphs, index + 1, parsePropertyRow, continuesBeforeAnotherRow(parsePropertyRow));
      operation.responseSchemas.push({ line: paragraph.line, status, rows: table.rows, enums: [] });
      operation.unparsed.push(...table.orphans);
      lastTable = 'responseSchema';
      index = table.next;
    } else if (text === 'Enumerated Values' && paragraphs[index + 1]?.text.startsWith(enumTableHeader)) {
      const rows = lastTable === 'responseSchema' ? operation.responseSchemas[operation.responseSchemas.length - 1]!.rows : operation.parameters;
      const enums = readEnumTable(paragraphs[index + 1]!, rows.map((r) => r.name));
      if (lastTable === 'responseSchema') operation.responseSchemas[operation.responseSchemas.length - 1]!.enums.push(...enums);
      else operation.parameterEnums.push(...enums);
      index += 2;
    } else {
      break;
    }
  }
  return { operation, next: index };
}

/** Example blocks, each optionally under a caption ("200 Response", "Sample Billing Schedule"). */
function readCaptionedExamples(paragraphs: Paragraph[], start: number): { examples: ResponseExample[]; next: number } {
  const examples: ResponseExample[] = [];
  let index = start;
  while (index < paragraphs.length) {
    const paragraph = paragraphs[index]!;
    if (isSectionHeader(paragraph.text) || startsTable(paragraph.text) || paragraph.text === 'Code samples') break;
    if (looksLikeJson(paragraph)) {
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
