// Path templates as OpenAPI needs them. Two corrections, both recorded on the parameter:
// - Templates that differ only in parameter names are one path in OpenAPI
//   (`/v1/billing/schedules/{id}` and `{scheduleId}`): later operations take the first
//   operation's names; `x-doc-name` keeps the docs' name.
// - A "path" parameter that the path has no placeholder for cannot be sent in the path; it is
//   sent as a query parameter (`x-doc-in: path`, `x-inferred: true`).
import type { TableRow } from '../nue-reference/model.js';
import { placeholders, templateShape } from '../openapi/path-template.js';

/** Renames placeholders so that every path with the same shape uses the first one's names. */
export function unifyTemplates(paths: string[]): Map<string, { path: string; renames: Map<string, string> }> {
  const firstByShape = new Map<string, string>();
  const result = new Map<string, { path: string; renames: Map<string, string> }>();
  for (const path of paths) {
    const shape = templateShape(path);
    const first = firstByShape.get(shape) ?? path;
    firstByShape.set(shape, first);
    const renames = new Map<string, string>();
    const mine = placeholders(path);
    const theirs = placeholders(first);
    mine.forEach((name, i) => {
      if (theirs[i] !== name) renames.set(name, theirs[i]!);
    });
    result.set(path, { path: first, renames });
  }
  return result;
}

/** A parameter row as the spec has it, with what the docs said where that differs. */
export interface FittedRow extends TableRow {
  docName?: string;
  docIn?: string;
}

/** Applies the renames and moves path parameters without a placeholder to the query. */
export function fitParameterRows(rows: TableRow[], path: string, renames: Map<string, string>): FittedRow[] {
  const names = placeholders(path);
  return rows.map((row) => {
    if (row.in !== 'path' || row.depth > 0) return row;
    const renamed = renames.get(row.name);
    if (renamed) return { ...row, name: renamed, docName: row.name };
    if (!names.includes(row.name)) return { ...row, in: 'query', docIn: 'path' };
    return row;
  });
}
