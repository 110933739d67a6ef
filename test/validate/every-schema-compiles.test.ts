// Every schema a validated client may need compiles (a schema Ajv rejected would fail calls of
// that operation, in either mode): each JSON response, request body and parameter (its schema or
// its JSON `content`) of the three validation specs, compiled as the middleware compiles them.
// Also checks that the validation spec kept every operation of the bundle.
import { describe, expect, it } from 'vitest';
import { bundleSpec } from '../../scripts/openapi/bundle-spec.js';
import { operationEntries } from '../../scripts/openapi/operations.js';
import { apiRoot } from '../../scripts/openapi/redocly-apis.js';
import { compiledSpec } from '../../src/validate/spec/compiled-spec.js';
import { documentedMedia, findOperation, findRequestBody, isJsonMedia, operationParameters } from '../../src/validate/spec/operation-lookup.js';
import { escapeSegment, follow, type Json } from '../../src/validate/spec/spec-document.js';
import type { ValidatedApi } from '../../src/validate/validate-options.js';

describe.each(['nue', 'xovi', 'maileon'] satisfies ValidatedApi[])('the %s validation spec', (api) => {
  it('has every operation of the spec, and every schema of them compiles', async () => {
    const spec = await compiledSpec(api);
    const operations = operationEntries(bundleSpec(apiRoot(api)));
    const pointers: string[] = [];
    for (const { path, method } of operations) {
      const operation = findOperation(spec.document, method, path);
      expect(operation, `${method} ${path}`).toBeDefined();
      if (!operation) continue;
      const responses = Object.entries((operation.node.responses ?? {}) as Record<string, Json>).map(([status, node]) =>
        follow(spec.document, { node, pointer: `${operation.pointer}/responses/${escapeSegment(status)}` }),
      );
      const requestBody = findRequestBody(spec.document, operation);
      for (const media of [...responses, ...(requestBody ? [requestBody] : [])].flatMap(documentedMedia))
        if (isJsonMedia(media.mediaType) && media.node.schema) pointers.push(`${media.pointer}/schema`);
      // A parameter's schema, or for one given as `content` (a JSON-encoded value) its media type's.
      for (const parameter of operationParameters(spec.document, operation)) {
        if (parameter.node.schema) pointers.push(`${parameter.pointer}/schema`);
        for (const media of documentedMedia(parameter)) if (isJsonMedia(media.mediaType) && media.node.schema) pointers.push(`${media.pointer}/schema`);
      }
    }
    for (const pointer of pointers) expect(() => spec.validatorAt(pointer), pointer).not.toThrow();
    expect(pointers.length).toBeGreaterThan(operations.length);
  });
});
