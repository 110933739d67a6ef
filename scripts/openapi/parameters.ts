// The parameters an operation takes: those of its Path Item and its own, as OpenAPI merges them.
import type { Json, OpenApiDocument } from './document.js';
import { escapePointer } from './json-pointer.js';
import type { OperationEntry } from './operations.js';
import { resolveRef } from './resolve-ref.js';

type Operation = Pick<OperationEntry, 'path' | 'method' | 'item' | 'operation'>;

export interface LocatedParameter {
  parameter: Json;
  /** JSON pointer of the Parameter object in the bundle (for a `$ref`, of the shared one it points at). */
  pointer: string;
}

/** Path-level then operation-level parameters, `$ref`s resolved, each with where it is. */
export function locatedParameters(document: OpenApiDocument, entry: Operation): LocatedParameter[] {
  const base = `/paths/${escapePointer(entry.path)}`;
  const locate = (list: unknown, holder: string) =>
    ((list ?? []) as Json[]).map((parameter, index): LocatedParameter => {
      let located: LocatedParameter = { parameter, pointer: `${holder}/parameters/${index}` };
      for (let hops = 0; typeof located.parameter.$ref === 'string' && hops < 20; hops++) {
        located = { parameter: resolveRef(document, located.parameter.$ref), pointer: located.parameter.$ref.slice(1) };
      }
      return located;
    });
  return [...locate(entry.item.parameters, base), ...locate(entry.operation.parameters, `${base}/${entry.method}`)];
}

/** Path-level then operation-level parameters, `$ref`s resolved. */
export function operationParameters(document: OpenApiDocument, entry: Operation): Json[] {
  return locatedParameters(document, entry).map((located) => located.parameter);
}
