// Redocly's diff pairs the items of a list, parameters included, by exact text first and then by
// likeness of their whole text (at least half alike), descriptions and `x-` marks counted: a
// parameter that gains a long description or evidence no longer looks like itself and was
// reported as removed and added (a false breaking change; Maileon's `page_size` at 45449ea). A
// parameter is one by its location and name (OpenAPI: "a combination of a name and location"), so
// each inline parameter is moved into `components/parameters` under a key made of exactly that,
// and the list holds a `$ref` to it: Redocly pairs equal `$ref`s exactly and compares what they
// point at field by field, and it reports the changes at the operation's own parameter. The
// moved copies themselves are not changes of the spec (`isKeyedParameterPointer`).
import { createHash } from 'node:crypto';
import type { Json, OpenApiDocument } from '../openapi/document.js';
import { httpMethods } from '../openapi/operations.js';

const KEY_PREFIX = 'creditline-spec-diff-';

/** The parameter lists of a document: each Path Item's and each operation's, with the method ('' for the Path Item). */
export function parameterLists(document: OpenApiDocument): Array<{ path: string; method: string; list: Json[] }> {
  return Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    ['', ...httpMethods]
      .map((method) => ({ path, method, holder: (method ? item[method] : item) as Json | undefined }))
      .filter(({ holder }) => holder && Array.isArray(holder.parameters))
      .map(({ path, method, holder }) => ({ path, method, list: holder!.parameters as Json[] })),
  );
}

/** What makes a parameter the same one: where it is declared, its location and its name (a header's in any case). */
export function parameterIdentity(path: string, method: string, parameter: Json): string {
  const name = parameter.in === 'header' ? String(parameter.name).toLowerCase() : String(parameter.name);
  return JSON.stringify([path, method, parameter.in, name]);
}

/** A copy of the bundle with every inline parameter moved to `components/parameters`, keyed by its identity. */
export function withKeyedParameters(document: OpenApiDocument): OpenApiDocument {
  const copy = structuredClone(document);
  copy.components ??= {};
  copy.components.parameters ??= {};
  const shared = copy.components.parameters as Json;
  for (const { path, method, list } of parameterLists(copy)) {
    list.forEach((parameter, index) => {
      if (typeof parameter.$ref === 'string') return;
      let key = `${KEY_PREFIX}${createHash('sha256')
        .update(parameterIdentity(path, method, parameter))
        .digest('hex')
        .slice(0, 24)}`;
      // The same identity twice in one list (a spec the linter would refuse): each keeps its own entry.
      while (shared[key] !== undefined) key += '-again';
      shared[key] = parameter;
      list[index] = { $ref: `#/components/parameters/${key}` };
    });
  }
  return copy;
}

/** Whether a change's pointer is one of the moved copies, not a place of the spec. */
export function isKeyedParameterPointer(pointer: string): boolean {
  return pointer.startsWith(`#/components/parameters/${KEY_PREFIX}`);
}
