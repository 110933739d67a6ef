// What follows an operation's `METHOD /path` line: its description, then the fixed sections in
// any order (body examples, parameters, example responses, responses, response schemas and
// their enumerated values), until something that is none of them.
import { readCaptionedExamples } from './captioned-examples.js';
import { readEnumTable, startsEnumTable } from './enum-table.js';
import type { DocOperation, TableRow } from './model.js';
import type { Paragraph } from './paragraphs.js';
import { continuesBeforeAnotherRow, readTable } from './read-table.js';
import { endsFreeText, statusCodeCaption } from './section-headers.js';
import { parameterTableHeader, parseParameterRow, parsePropertyRow, parseResponseRow, propertyTableHeader, responseTableHeader } from './table-rows.js';

export type OperationBody = Pick<
  DocOperation,
  'description' | 'bodyExamples' | 'parameters' | 'parameterEnums' | 'responseExamples' | 'responses' | 'responseSchemas' | 'unparsed'
>;

/** A table under its caption ("Parameters") or, where the docs leave the caption out, right away. */
const tableStart = (paragraphs: Paragraph[], index: number, caption: string) => (paragraphs[index]!.text === caption ? index + 1 : index);

export function readOperationBody(paragraphs: Paragraph[], start: number): { operation: OperationBody; next: number } {
  const operation: OperationBody = {
    description: '',
    bodyExamples: [],
    parameters: [],
    parameterEnums: [],
    responseExamples: [],
    responses: [],
    responseSchemas: [],
    unparsed: [],
  };
  let index = start;
  const description: string[] = [];
  while (index < paragraphs.length && !endsFreeText(paragraphs[index]!.text)) {
    description.push(paragraphs[index]!.text);
    index++;
  }
  operation.description = description.join('\n\n');

  // "Enumerated Values" belong to the table just before them.
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
      const first = tableStart(paragraphs, index, 'Parameters');
      if (!paragraphs[first]?.text.startsWith(parameterTableHeader)) {
        operation.unparsed.push(...paragraph.lines);
        index++;
        continue;
      }
      const table = readTable<TableRow>(paragraphs, first, parseParameterRow, (ps, i) => !endsFreeText(ps[i]!.text));
      operation.parameters.push(...table.rows);
      operation.unparsed.push(...table.orphans);
      lastTable = 'parameters';
      index = table.next;
    } else if (text === 'Example responses') {
      const read = readCaptionedExamples(paragraphs, index + 1);
      operation.responseExamples.push(...read.examples);
      index = read.next;
    } else if (text === 'Responses' || text.startsWith(responseTableHeader)) {
      const table = readTable(paragraphs, tableStart(paragraphs, index, 'Responses'), parseResponseRow);
      operation.responses.push(...table.rows);
      operation.unparsed.push(...table.orphans);
      index = table.next;
    } else if (text === 'Response Schema') {
      index++;
    } else if (statusCodeCaption.test(text) && paragraphs[index + 1]?.text.startsWith(propertyTableHeader)) {
      const status = text.slice('Status Code '.length);
      const table = readTable<TableRow>(paragraphs, index + 1, parsePropertyRow, continuesBeforeAnotherRow(parsePropertyRow));
      operation.responseSchemas.push({ line: paragraph.line, status, rows: table.rows, enums: [] });
      operation.unparsed.push(...table.orphans);
      lastTable = 'responseSchema';
      index = table.next;
    } else if (startsEnumTable(paragraphs, index)) {
      const schemaTable = lastTable === 'responseSchema' ? operation.responseSchemas[operation.responseSchemas.length - 1]! : undefined;
      const enums = readEnumTable(
        paragraphs[index + 1]!,
        (schemaTable?.rows ?? operation.parameters).map((r) => r.name),
      );
      (schemaTable?.enums ?? operation.parameterEnums).push(...enums);
      index += 2;
    } else {
      break;
    }
  }
  return { operation, next: index };
}
