// What `npm run dev` reports after a save: the operations added, removed and retyped between two
// versions of a generated file, read from openapi-typescript's own output.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';
import { describeTypeChanges, typeChanges } from '../../scripts/dev/type-changes.js';
import { repoRoot } from '../../scripts/openapi/redocly-apis.js';
import { nueOperationCount } from '../nue-spec/support/bundled-spec.js';

/** A small API through openapi-typescript, as generate writes it. */
async function generated(edit: (spec: Spec) => void = () => {}): Promise<string> {
  const spec: Spec = {
    openapi: '3.1.0',
    info: { title: 'Things', version: '1' },
    paths: {
      '/things/{id}': {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        get: {
          operationId: 'getThing',
          summary: 'Get a thing',
          parameters: [{ name: 'expand', in: 'query', schema: { type: 'boolean' } }],
          responses: { '200': { description: 'OK', content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } } },
        },
        delete: { operationId: 'deleteThing', summary: 'Delete a thing', responses: { '204': { description: 'Gone' } } },
      },
      '/things': {
        get: {
          operationId: 'listThings',
          summary: 'List things',
          responses: {
            '200': { description: 'OK', content: { 'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/Thing' } } } } },
          },
        },
      },
    },
    components: {
      schemas: {
        Thing: { type: 'object', properties: { id: { type: 'string' }, part: { $ref: '#/components/schemas/Part' } } },
        Part: { type: 'object', properties: { name: { type: 'string' } } },
      },
    },
  };
  edit(spec);
  return astToString(await openapiTS(JSON.stringify(spec), { silent: true }));
}

// biome-ignore lint/suspicious/noExplicitAny: a spec edited freely by each test
type Spec = Record<string, any>;

describe('typeChanges', () => {
  it('finds nothing between equal files', async () => {
    const text = await generated();
    expect(typeChanges(text, text)).toEqual({ added: [], removed: [], retyped: [], components: [], usingChangedComponents: 0 });
  });

  it('reports an operation whose summary changed as retyped, and only that one', async () => {
    const changes = typeChanges(
      await generated(),
      await generated((spec) => {
        spec.paths['/things/{id}'].get.summary = 'Fetch a thing';
      }),
    );
    expect(changes.retyped).toEqual([{ id: 'getThing', route: 'GET /things/{id}' }]);
    expect(changes.added).toEqual([]);
    expect(changes.removed).toEqual([]);
  });

  it('reports a retyped parameter', async () => {
    const changes = typeChanges(
      await generated(),
      await generated((spec) => {
        spec.paths['/things/{id}'].get.parameters[0].schema.type = 'integer';
      }),
    );
    expect(changes.retyped.map((change) => change.id)).toEqual(['getThing']);
  });

  it('reports a path-level parameter change on every operation of the path', async () => {
    const changes = typeChanges(
      await generated(),
      await generated((spec) => {
        spec.paths['/things/{id}'].parameters[0].schema.type = 'integer';
      }),
    );
    expect(changes.retyped.map((change) => change.id).sort()).toEqual(['deleteThing', 'getThing']);
  });

  it('reports added and removed operations', async () => {
    const changes = typeChanges(
      await generated(),
      await generated((spec) => {
        delete spec.paths['/things/{id}'].delete;
        spec.paths['/things'].post = { operationId: 'createThing', summary: 'Create a thing', responses: { '201': { description: 'Created' } } };
      }),
    );
    expect(changes.added).toEqual([{ id: 'createThing', route: 'POST /things' }]);
    expect(changes.removed).toEqual([{ id: 'deleteThing', route: 'DELETE /things/{id}' }]);
    expect(changes.retyped).toEqual([]);
    expect(describeTypeChanges(changes)).toEqual([
      'operations: 1 added, 1 removed, 0 retyped',
      '  added   createThing (POST /things)',
      '  removed deleteThing (DELETE /things/{id})',
    ]);
  });

  it('reports a changed schema as a component, with the operations that use it through other schemas', async () => {
    const changes = typeChanges(
      await generated(),
      await generated((spec) => {
        spec.components.schemas.Part.properties.size = { type: 'number' };
      }),
    );
    expect(changes.components).toEqual(['schemas.Part']);
    expect(changes.usingChangedComponents).toBe(2);
    expect(changes.retyped).toEqual([]);
  });

  it('reads the real generated/nue.ts: every operation of the spec, none changed', () => {
    const text = readFileSync(path.join(repoRoot, 'generated', 'nue.ts'), 'utf8');
    const all = typeChanges('', text);
    expect(all.added).toHaveLength(nueOperationCount);
    expect(all.added.every((change) => /^[a-z][A-Za-z0-9]*$/.test(change.id))).toBe(true);
    expect(typeChanges(text, text).retyped).toEqual([]);
  });
});
