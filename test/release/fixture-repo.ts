// A throw-away git repository shaped like this one (package.json, redocly.yaml, spec/<api>/),
// for the release tools: it starts with one commit of the given specs, and the tests edit,
// commit and tag it as a project's history would go.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import { stringify } from 'yaml';

export type Spec = Record<string, unknown>;

export interface FixtureRepo {
  root: string;
  writeSpec(api: string, spec: Spec): void;
  write(file: string, text: string): void;
  commit(message: string): void;
  tag(name: string): void;
}

/** A repository with `specs` committed; removed when the test finishes. */
export function useFixtureRepo(specs: Record<string, Spec>, version = '0.1.0'): FixtureRepo {
  const root = mkdtempSync(path.join(tmpdir(), 'creditline-release-'));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=fixture', '-c', 'user.email=fixture@example.com', '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', ...args], {
      cwd: root,
      stdio: 'pipe',
    });
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  const repo: FixtureRepo = {
    root,
    write,
    writeSpec: (api, spec) => write(`spec/${api}/openapi.yaml`, stringify(spec)),
    commit: (message) => {
      git('add', '-A');
      git('commit', '-q', '-m', message);
    },
    tag: (name) => void git('tag', name),
  };
  git('init', '-q');
  write('package.json', JSON.stringify({ name: 'creditline', version }));
  const apis = Object.fromEntries(
    Object.keys(specs).map((api) => [api, { root: `spec/${api}/openapi.yaml`, 'x-openapi-ts': { output: `generated/${api}.ts` } }]),
  );
  write('redocly.yaml', stringify({ apis }));
  for (const [api, spec] of Object.entries(specs)) repo.writeSpec(api, spec);
  repo.commit('the first specs');
  return repo;
}

/**
 * A small API with one of each thing a change can break: operations, path, query and header
 * parameters (one with an enum), a request body with a required field, a response object with an enum field.
 */
export function thingsApi() {
  return {
    openapi: '3.1.0',
    info: { title: 'Things', version: '1.0.0', license: { name: 'MIT', identifier: 'MIT' } },
    servers: [{ url: 'https://things.test' }],
    paths: {
      '/things': {
        get: {
          operationId: 'listThings',
          summary: 'List things',
          parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer' } }],
          responses: {
            '200': { description: 'The things', content: { 'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/Thing' } } } } },
          },
        },
        post: {
          operationId: 'createThing',
          summary: 'Create a thing',
          requestBody: {
            content: {
              'application/json': {
                schema: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, note: { type: 'string' } } },
              },
            },
          },
          responses: { '201': { description: 'Created' } },
        },
        delete: { operationId: 'deleteThings', summary: 'Delete every thing', responses: { '204': { description: 'Deleted' } } },
      },
      '/things/{id}': {
        get: {
          operationId: 'getThing',
          summary: 'One thing',
          description: 'One thing by its id.',
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
            { name: 'expand', in: 'query', schema: { type: 'string', enum: ['owner', 'tags'] } },
            { name: 'X-Trace', in: 'header', schema: { type: 'string' } },
          ],
          responses: { '200': { description: 'The thing', content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } } },
        },
      },
    },
    components: {
      schemas: {
        Thing: {
          type: 'object',
          properties: { id: { type: 'string' }, size: { type: 'integer' }, color: { type: 'string', enum: ['red', 'green'] } },
        },
      },
    },
  };
}
