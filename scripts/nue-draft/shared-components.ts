// Responses and parameters that many operations document identically are defined once under
// components/ and referenced: a response with the same status, description and schema in
// several operations (400 "Bad Request" ErrorMessage, 404 "Not Found"), and a parameter with
// the same name, location, type, required flag and description.
import type { DocOperation, DocResponse, TableRow } from '../nue-reference/model.js';
import type { FittedRow } from './path-templates.js';

export interface SharedResponse {
  component: string;
  response: DocResponse;
  uses: number;
}

const responseKey = (r: DocResponse) => `${r.status}|${r.description}|${r.schema}`;

export function findSharedResponses(operations: DocOperation[]): Map<string, SharedResponse> {
  const counts = new Map<string, SharedResponse>();
  for (const response of operations.flatMap((o) => o.responses)) {
    // Only the generic ones: their description is just the status' meaning.
    if (response.description !== response.meaning || response.schema === 'string') continue;
    const key = responseKey(response);
    const entry = counts.get(key) ?? { component: response.meaning.replace(/\s+/g, ''), response, uses: 0 };
    entry.uses++;
    counts.set(key, entry);
  }
  const shared = [...counts].filter(([, e]) => e.uses > 1);
  const names = shared.map(([, e]) => e.component);
  return new Map(shared.filter(([, e]) => names.filter((n) => n === e.component).length === 1));
}

export function sharedResponseKey(response: DocResponse): string {
  return responseKey(response);
}

export interface SharedParameter {
  component: string;
  row: TableRow;
  uses: number;
}

const parameterKey = (row: FittedRow, operation: DocOperation) =>
  JSON.stringify([
    row.name,
    row.in,
    row.type,
    row.required,
    row.description,
    row.docName,
    row.docIn,
    operation.parameterEnums.filter((e) => e.property === row.name).map((e) => e.value),
  ]);

/** Per name and location, the most used identical definition is shared when used twice or more. */
export function findSharedParameters(operations: DocOperation[]): Map<string, SharedParameter> {
  const counts = new Map<string, SharedParameter>();
  for (const operation of operations) {
    for (const row of operation.parameters) {
      if (row.in === 'body' || row.depth > 0) continue;
      const key = parameterKey(row, operation);
      const entry = counts.get(key) ?? { component: componentName(row), row, uses: 0 };
      entry.uses++;
      counts.set(key, entry);
    }
  }
  const best = new Map<string, [string, SharedParameter]>();
  for (const [key, entry] of counts) {
    if (entry.uses < 2) continue;
    const current = best.get(entry.component);
    if (!current || current[1].uses < entry.uses) best.set(entry.component, [key, entry]);
  }
  return new Map([...best.values()]);
}

export function sharedParameterKey(row: TableRow, operation: DocOperation): string {
  return parameterKey(row, operation);
}

/** `objectApiName` in path → ObjectApiNamePath; `crm-api-name` in query → CrmApiNameQuery. */
function componentName(row: TableRow): string {
  const words = row.name.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const pascal = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
  const location = `${row.in!.charAt(0).toUpperCase()}${row.in!.slice(1)}`;
  // `query` in query would read QueryQuery.
  return pascal === location ? `${pascal}Parameter` : `${pascal}${location}`;
}
