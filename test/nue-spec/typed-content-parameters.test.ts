// What `npm run generate` hands openapi-typescript: parameters given as JSON `content` carry their
// content schema as `schema` (so generated/ types `accountPoolIds` as `string[]`), in a copy; the
// bundle itself stays standard OpenAPI.
import { describe, expect, it } from 'vitest';
import type { OpenApiDocument } from '../../scripts/openapi/document.js';
import { withParameterSchemasFromContent } from '../../scripts/openapi/typed-content-parameters.js';
import { sharedNueSpec } from './support/bundled-spec.js';

const ids = { type: 'array', items: { type: 'string' } };

describe('types for parameters given as JSON content', () => {
  it('gives shared, path-level and operation-level JSON parameters their content schema, and no others', () => {
    const document: OpenApiDocument = {
      openapi: '3.1.0',
      paths: {
        '/things/{id}': {
          parameters: [{ name: 'id', in: 'path', required: true, content: { 'application/json': { schema: { type: 'integer' } } } }],
          get: {
            parameters: [
              { $ref: '#/components/parameters/Ids' },
              { name: 'filter', in: 'query', content: { 'application/vnd.things+json': { schema: ids } } },
              { name: 'note', in: 'query', content: { 'text/plain': { schema: { type: 'string' } } } },
              { name: 'page', in: 'query', schema: { type: 'integer' } },
            ],
          },
        },
      },
      components: { parameters: { Ids: { name: 'ids', in: 'query', content: { 'application/json': { schema: ids } } } } },
    };
    const original = structuredClone(document);
    const typed = withParameterSchemasFromContent(document);
    expect(typed.components?.parameters?.Ids).toEqual({ name: 'ids', in: 'query', schema: ids });
    expect(typed.paths['/things/{id}']!.parameters).toEqual([{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }]);
    expect((typed.paths['/things/{id}']!.get as { parameters: unknown[] }).parameters).toEqual([
      { $ref: '#/components/parameters/Ids' },
      { name: 'filter', in: 'query', schema: ids },
      { name: 'note', in: 'query', content: { 'text/plain': { schema: { type: 'string' } } } },
      { name: 'page', in: 'query', schema: { type: 'integer' } },
    ]);
    expect(document).toEqual(original);
  });

  it("types Nue's accountPoolIds and assetNumbers as string arrays", () => {
    const typed = withParameterSchemasFromContent(sharedNueSpec().document);
    const parameters = Object.values(typed.paths).flatMap((item) => (item.get as { parameters?: Record<string, unknown>[] })?.parameters ?? []);
    const jsonArrays = parameters.filter((p) => p.name === 'accountPoolIds' || p.name === 'assetNumbers');
    expect(jsonArrays).toHaveLength(4);
    for (const parameter of jsonArrays) expect(parameter).toMatchObject({ in: 'query', schema: { type: 'array', items: { type: 'string' } } });
  });
});
