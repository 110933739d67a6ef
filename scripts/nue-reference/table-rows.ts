// Row grammar of the dump's tables. A row is one line; a description that wraps continues on
// the following lines (and, in a few places, in further paragraphs) until the next row.
import type { DocResponse, EnumValue, TableRow } from './model.js';

export const propertyTableHeader = 'Name Type Required Restrictions Description';
export const parameterTableHeader = 'Name In Type Required Description';
export const responseTableHeader = 'Status Meaning Description Schema';
export const enumTableHeader = 'Property Value';

/** `string`, `string(date-time)`, `[ValuePair]`, `object`, `[oneOf]`, `UserDetail`. */
const typeToken = String.raw`\[?[A-Za-z][\w]*(?:\([\w-]+\))?\]?`;
const depthMarks = '(?:(»+) )?';

// Property names may contain spaces ("Billing Period"): the name is everything before the
// type token that is followed by the required flag and the restriction.
const propertyRow = new RegExp(`^${depthMarks}(.+?) (${typeToken}) (true|false) (none|read-only|write-only) ?(.*)$`);
const parameterRow = new RegExp(`^${depthMarks}(.+?) (path|query|header|body|formData|cookie) (${typeToken}) (true|false) ?(.*)$`);

export function parsePropertyRow(text: string, line: number): TableRow | undefined {
  const match = propertyRow.exec(text);
  if (!match) return undefined;
  const [, marks, name, type, required, restrictions, description] = match;
  return {
    line,
    depth: marks?.length ?? 0,
    name: name!,
    type: type!,
    required: required === 'true',
    restrictions: restrictions!,
    description: description ?? '',
  };
}

export function parseParameterRow(text: string, line: number): TableRow | undefined {
  const match = parameterRow.exec(text);
  if (!match) return undefined;
  const [, marks, name, location, type, required, description] = match;
  return { line, depth: marks?.length ?? 0, name: name!, in: location!, type: type!, required: required === 'true', description: description ?? '' };
}

/** Reason phrases the dump prints in the Meaning column; the longest one that fits wins. */
const meanings = [
  'OK',
  'Created',
  'Accepted',
  'No Content',
  'Multi-Status',
  'Bad Request',
  'Unauthorized',
  'Forbidden',
  'Not Found',
  'Conflict',
  'Internal Server Error',
  'Service Unavailable',
  'Default',
];

export function parseResponseRow(text: string, line: number): DocResponse | undefined {
  const match = /^(\d{3}|default) (.+) (\S+)$/.exec(text);
  if (!match) return undefined;
  const [, status, middle, schema] = match;
  const meaning = meanings.filter((m) => middle === m || middle!.startsWith(`${m} `)).sort((a, b) => b.length - a.length)[0];
  if (!meaning) return undefined;
  return { line, status: status!, meaning, description: middle!.slice(meaning.length).trim(), schema: schema! };
}

/** `Property Value` rows. Property names may contain spaces, so the caller resolves the split. */
export function parseEnumRow(text: string, line: number, knownProperties: readonly string[]): EnumValue | undefined {
  const candidates = knownProperties.filter((p) => text.startsWith(`${p} `)).sort((a, b) => b.length - a.length);
  const property = candidates[0] ?? text.split(' ')[0]!;
  const value = text.slice(property.length + 1);
  if (value === '') return undefined;
  return { line, property, value };
}
