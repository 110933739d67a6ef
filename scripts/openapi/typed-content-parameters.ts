// The bundle as `npm run generate` hands it to openapi-typescript. openapi-typescript 7 types a
// parameter from its `schema` only, and one given as JSON `content` (json-content-parameter.ts)
// as `string`: Nue's JSON-encoded `accountPoolIds` came out `string`, while the clients take a
// `string[]` and encode it. So the types are made from a copy in which each such parameter has
// its content schema as `schema` (and no `content`, which OpenAPI forbids next to `schema`).
// The bundles in dist/openapi keep the standard form.
import type { Json, OpenApiDocument } from './document.js';
import { jsonContent } from './json-content-parameter.js';
import { operationEntries } from './operations.js';
import { operationParameters } from './parameters.js';

/** The Parameter objects of a bundle, each once: the shared ones and those of every operation. */
function parameterObjects(document: OpenApiDocument): Json[] {
  const shared = Object.values((document.components?.parameters ?? {}) as Record<string, Json>);
  return [...new Set([...shared, ...operationEntries(document).flatMap((entry) => operationParameters(document, entry))])];
}

export function withParameterSchemasFromContent(document: OpenApiDocument): OpenApiDocument {
  const copy = structuredClone(document);
  for (const parameter of parameterObjects(copy)) {
    const schema = jsonContent(parameter)?.media.schema;
    if (parameter.schema !== undefined || schema === undefined) continue;
    parameter.schema = schema;
    delete parameter.content;
  }
  return copy;
}
