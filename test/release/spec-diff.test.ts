// `npm run spec:diff` and `npm run release:check` on fixture specs in throw-away repositories
// (fixture-repo.ts), never on the real spec: one deliberate edit of each kind, each rated by the
// rule that must catch it; then both commands end to end, with their exit codes.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/repo-root.js';
import { diffAgainstRef } from '../../scripts/spec-diff/diff-against-ref.js';
import { thingsApi, useFixtureRepo } from './fixture-repo.js';

type Things = ReturnType<typeof thingsApi>;

const LONG_DESCRIPTION = 'How many things to return at most, from 1 to 100: the range of the vendor page on paging.';
const EVIDENCE = { id: 'T1', sources: ['https://things.test/paging'] };

/** One edit of each kind, and the Redocly rule that rates it breaking (none: not breaking). */
const EDITS: Record<string, [edit: (spec: Things) => void, rule: string | undefined]> = {
  'removed-operation': [(spec) => Reflect.deleteProperty(spec.paths['/things'], 'delete'), 'operation-removed'],
  'removed-parameter': [(spec) => (spec.paths['/things'].get.parameters = []), 'parameter-removed'],
  // Redocly pairs list items by likeness of their whole text: a parameter that gains a description
  // and evidence besides its maximum no longer looks like itself, and came out as removed.
  'narrowed-parameter': [
    (spec) =>
      Object.assign(spec.paths['/things'].get.parameters[0]!, {
        description: LONG_DESCRIPTION,
        'x-evidence': EVIDENCE,
        schema: { type: 'integer', maximum: 100 },
      }),
    'schema-constraint-changed',
  ],
  'described-parameter': [(spec) => Object.assign(spec.paths['/things'].get.parameters[0]!, { description: LONG_DESCRIPTION }), undefined],
  // A header's name is the same in any case: not a removed header.
  'recased-header': [(spec) => Object.assign(spec.paths['/things/{id}'].get.parameters[2]!, { name: 'x-trace', description: LONG_DESCRIPTION }), undefined],
  'parameter-now-json-content': [
    (spec) => {
      const limit = spec.paths['/things'].get.parameters[0] as Record<string, unknown>;
      Reflect.deleteProperty(limit, 'schema');
      limit.content = { 'application/json': { schema: { type: 'array', items: { type: 'integer' } } } };
    },
    'parameter-encoding-changed',
  ],
  'parameter-now-required': [(spec) => Object.assign(spec.paths['/things/{id}'].get.parameters[1]!, { required: true }), 'parameter-became-required'],
  'newly-required-request-field': [
    (spec) => (spec.paths['/things'].post.requestBody.content['application/json'].schema.required = ['name', 'note']),
    'required-properties-added',
  ],
  'retyped-response-field': [(spec) => (spec.components.schemas.Thing.properties.size.type = 'string'), 'schema-type-changed'],
  'removed-response-field': [(spec) => Reflect.deleteProperty(spec.components.schemas.Thing.properties, 'color'), 'property-removed'],
  'removed-request-enum-value': [(spec) => (spec.paths['/things/{id}'].get.parameters[1]!.schema.enum = ['owner']), 'enum-values-removed'],
  'new-response-enum-value': [(spec) => spec.components.schemas.Thing.properties.color.enum.push('blue'), 'enum-values-added'],
  'new-optional-parameter': [(spec) => spec.paths['/things'].get.parameters.push({ name: 'sort', in: 'query', schema: { type: 'integer' } }), undefined],
  'new-operation': [
    (spec) =>
      Object.assign(spec.paths['/things/{id}'], {
        delete: { operationId: 'deleteThing', summary: 'Delete a thing', responses: { '204': { description: 'Deleted' } } },
      }),
    undefined,
  ],
  'new-response-field': [(spec) => Object.assign(spec.components.schemas.Thing.properties, { weight: { type: 'number' } }), undefined],
  'new-description': [(spec) => (spec.paths['/things/{id}'].get.description = 'One thing, found by its id.'), undefined],
};

/** The fixture API with `kinds` of edits applied, in order. */
function edited(...kinds: Array<keyof typeof EDITS>): Things {
  const spec = thingsApi();
  for (const kind of kinds) EDITS[kind]![0](spec);
  return spec;
}

const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
function command(script: 'spec-diff' | 'release-check', args: string[]): { status: number | null; output: string } {
  const result = spawnSync(tsx, [path.join(repoRoot, 'scripts', `${script}.ts`), ...args], { cwd: repoRoot, encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr };
}

describe('spec:diff rates each kind of change', () => {
  it('breaking: a removed operation or parameter, a newly required field or parameter, a narrowed parameter (not a removed one), a parameter now JSON-encoded, a retyped or removed response field, a removed request enum value, a new response enum value; not breaking: additions, descriptions (of parameters too) and a header named in another case', async () => {
    const repo = useFixtureRepo(Object.fromEntries(Object.keys(EDITS).map((kind) => [kind, thingsApi()])));
    for (const kind of Object.keys(EDITS)) repo.writeSpec(kind, edited(kind));

    const diffs = await diffAgainstRef(repo.root, 'HEAD');

    const rated = Object.fromEntries(
      diffs.map(({ api, changes }) => [api, { breaking: changes.filter((c) => c.impact === 'major').map((c) => c.rule), any: changes.length }]),
    );
    expect(rated).toEqual(
      Object.fromEntries(Object.entries(EDITS).map(([kind, [, rule]]) => [kind, { breaking: rule ? [rule] : [], any: expect.any(Number) }])),
    );
    for (const kind of Object.keys(EDITS)) expect(rated[kind]?.any, `${kind} is seen as a change`).toBeGreaterThan(0);
    expect(diffs.find((d) => d.api === 'new-operation')?.changes.map((c) => c.impact)).toContain('minor');
    const narrowed = diffs.find((d) => d.api === 'narrowed-parameter')?.changes.find((c) => c.impact === 'major');
    expect(narrowed).toEqual({
      impact: 'major',
      rule: 'schema-constraint-changed',
      message: "`limit` query parameter: upper bound was set to '<= 100'.",
      pointer: '#/paths/~1things/get/parameters/0/schema',
    });
    expect(diffs.find((d) => d.api === 'parameter-now-json-content')?.changes.find((c) => c.impact === 'major')).toEqual({
      impact: 'major',
      rule: 'parameter-encoding-changed',
      message: '`limit` query parameter is now given as `content` (application/json) instead of `schema`: its value is encoded differently.',
      pointer: '#/paths/~1things/get/parameters/0',
    });
  }, 60_000);

  it('a removed API is breaking, a new one an addition', async () => {
    const repo = useFixtureRepo({ old: thingsApi() });
    rmSync(path.join(repo.root, 'spec', 'old'), { recursive: true });
    repo.write('redocly.yaml', 'apis:\n  new:\n    root: spec/new/openapi.yaml\n    x-openapi-ts:\n      output: generated/new.ts\n');
    repo.writeSpec('new', thingsApi());
    const diffs = await diffAgainstRef(repo.root, 'HEAD');
    expect(diffs.map(({ api, changes }) => [api, changes.map((c) => [c.impact, c.rule])])).toEqual([
      ['old', [['major', 'api-removed']]],
      ['new', [['minor', 'api-added']]],
    ]);
  });
});

describe('npm run spec:diff -- <git-ref>', () => {
  it('exits 0 without breaking changes and 1 with them, naming each; 2 for a ref that is not there or a spec that does not bundle', () => {
    const repo = useFixtureRepo({ things: thingsApi() });
    expect(command('spec-diff', ['HEAD', '--repo', repo.root])).toMatchObject({
      status: 0,
      output: expect.stringContaining('things against HEAD: 0 breaking'),
    });

    repo.writeSpec('things', edited('removed-operation'));
    const broken = command('spec-diff', ['HEAD', '--repo', repo.root]);
    expect(broken.status).toBe(1);
    expect(broken.output).toContain('BREAKING [operation-removed] Operation `DELETE /things` was removed.');

    expect(command('spec-diff', ['v9.9.9', '--repo', repo.root])).toMatchObject({ status: 2, output: expect.stringContaining('v9.9.9 is not a commit') });

    const unresolvable = thingsApi();
    unresolvable.paths['/things'].get.responses['200'].content['application/json'].schema = { $ref: './missing.yaml' } as never;
    repo.writeSpec('things', unresolvable);
    const unbundled = command('spec-diff', ['HEAD', '--repo', repo.root]);
    expect(unbundled.status).toBe(2);
    expect(unbundled.output).toMatch(/spec:diff: bundling .*spec\/things\/openapi\.yaml failed: .*missing\.yaml/);
  }, 60_000);
});

describe('npm run release:check', () => {
  it('passes before the first release; after it, fails on a breaking change until a major release is planned', () => {
    const repo = useFixtureRepo({ things: thingsApi() });
    const check = () => command('release-check', ['--repo', repo.root]);

    repo.writeSpec('things', edited('removed-operation'));
    repo.commit('remove an operation before any release');
    expect(check()).toMatchObject({ status: 0, output: expect.stringContaining('no release yet') });

    repo.tag('v0.1.0');
    repo.writeSpec('things', edited('removed-operation', 'new-operation'));
    repo.commit('an addition after the release');
    expect(check()).toMatchObject({ status: 0, output: expect.stringContaining('nothing breaks against v0.1.0') });

    repo.writeSpec('things', edited('removed-operation', 'new-operation', 'removed-response-field'));
    repo.commit('remove a response field');
    const unplanned = check();
    expect(unplanned.status).toBe(1);
    expect(unplanned.output).toContain('[property-removed]');
    expect(unplanned.output).toContain('without a major release planned');

    repo.write('.changeset/brave-things.md', '---\n"creditline": minor\n---\n\nThings lose their color.\n');
    expect(check().status).toBe(1);

    repo.write('.changeset/brave-things.md', '---\n"creditline": major\n---\n\nThings lose their color.\n');
    expect(check()).toMatchObject({ status: 0, output: expect.stringContaining('.changeset/brave-things.md asks for a major release') });

    // After `changeset version`: the changeset is gone, the version is the next major.
    rmSync(path.join(repo.root, '.changeset'), { recursive: true });
    repo.write('package.json', JSON.stringify({ name: 'creditline', version: '1.0.0' }));
    expect(check()).toMatchObject({ status: 0, output: expect.stringContaining('package.json is at 1.0.0') });
  }, 60_000);
});
