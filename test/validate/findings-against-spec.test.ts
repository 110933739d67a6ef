// The checks behind withValidation against a small hand-made spec: which response and media type
// cover an answer, which parameters are in effect, how Ajv's errors become findings (kind, pointer,
// expected, seen, specPointer). The validator is built as compiled-spec.ts builds it, from this
// document, so every case compiles one small schema.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { checkValue } from '../../src/validate/ajv-findings.js';
import { checkAnswer } from '../../src/validate/check-answer.js';
import { checkRequest } from '../../src/validate/check-request.js';
import type { CompiledSpec } from '../../src/validate/spec/compiled-spec.js';
import { indexSchemas } from '../../src/validate/spec/schema-index.js';
import type { SpecDocument } from '../../src/validate/spec/spec-document.js';

const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const LONG_PATTERN = `^(${Array.from({ length: 30 }, (_, i) => `x${i}`).join('|')})$`;
const TWELVE = Array.from({ length: 12 }, (_, i) => `s${i}`);
const THIRTEEN = Array.from({ length: 13 }, (_, i) => `l${i}`);

const DOCUMENT: SpecDocument = {
  openapi: '3.1.0',
  paths: {
    '/things/{id}': {
      parameters: [
        { in: 'path', name: 'id', schema: { type: 'string', minLength: 3 } },
        { in: 'query', name: 'shared', schema: { type: 'integer' } },
      ],
      get: {
        operationId: 'getThing',
        parameters: [
          { in: 'query', name: 'shared', schema: { type: 'string' } },
          { in: 'header', name: 'X-Trace', schema: { type: 'string', pattern: '^t' } },
          { in: 'query', name: 'free' },
        ],
        responses: {
          '200': json({ $ref: '#/components/schemas/Thing' }),
          '4XX': { content: { 'application/problem+json': { schema: { type: 'object', required: ['title'] } } } },
          '5xx': { content: { 'text/*': {} } },
          default: { description: 'anything' },
        },
      },
      head: { operationId: 'headThing', responses: { '200': json({ type: 'object', required: ['never'] }) } },
      post: {
        operationId: 'postThing',
        requestBody: { $ref: '#/components/requestBodies/ThingBody' },
        responses: { '201': { content: { '*/*': { schema: { type: 'integer' } } } }, '202': { $ref: '#/components/responses/Nowhere/deep' } },
      },
      put: { responses: { '200': { $ref: '#/components/responses/Loop1' } } },
      delete: 'not an operation',
    },
    '/texts': {
      get: {
        operationId: 'getText',
        responses: { '200': { content: { 'application/json': { schema: { type: 'object' } }, 'text/plain': { schema: { type: 'string' } } } } },
      },
      post: { operationId: 'postText', responses: { '204': { description: 'none' } } },
    },
  },
  components: {
    requestBodies: {
      ThingBody: { $ref: '#/components/requestBodies/RealBody' },
      RealBody: json({ type: 'object', required: ['name'], properties: { name: { type: 'string' } } }),
    },
    responses: {
      Loop1: { $ref: '#/components/responses/Loop2' },
      Loop2: { $ref: '#/components/responses/Loop1' },
    },
    schemas: {
      Thing: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'status', 'ref'],
        properties: {
          id: { type: 'string', format: 'uuid' },
          status: { enum: TWELVE },
          level: { enum: THIRTEEN },
          kind: { const: 'thing' },
          count: { type: 'integer', minimum: 0 },
          tags: { type: 'array', maxItems: 2, items: { type: 'string' } },
          grid: { type: 'array', items: { type: 'array', items: { type: 'integer' } } },
          has: { type: 'array', contains: { type: 'integer' } },
          code: { type: 'string', pattern: LONG_PATTERN },
          ref: { $ref: '#/components/schemas/Other' },
          nullable: { type: ['integer', 'null'] },
          choice: { oneOf: [{ type: 'string' }, { type: 'integer', minimum: 5 }] },
          choiceX: { type: 'integer' },
          variant: { anyOf: [{ type: 'object', properties: { a: { type: 'string' } } }, { type: 'string' }] },
          meta: { type: 'object', additionalProperties: { type: 'integer' } },
          pair: { type: 'array', prefixItems: [{ type: 'string' }] },
          'a/b': { type: 'integer' },
          'a~b': { type: 'integer' },
          conf: {
            type: 'object',
            default: { properties: { 'default-key': 1 } },
            enum: [{ properties: { 'enum-key': 1 } }, {}],
          },
          fixed: { const: { properties: { 'const-key': 1 } } },
        },
      },
      Other: { type: 'object', properties: { '0': { type: 'string' }, 'content-type': { type: 'string' } } },
    },
  },
};

const DOCUMENT_ID = 'https://creditline.invalid/test-spec.json';

function compiledTestSpec(): CompiledSpec {
  const ajv = new Ajv2020({ strict: false, allErrors: true, verbose: true, validateFormats: true, logger: false });
  addFormats.default(ajv);
  ajv.addSchema({ ...DOCUMENT, $id: DOCUMENT_ID });
  return {
    api: 'nue',
    document: DOCUMENT,
    validatorAt(pointer) {
      const validate = ajv.getSchema(`${DOCUMENT_ID}#${pointer}`);
      if (!validate) throw new Error(`no schema at ${pointer}`);
      return validate;
    },
    // Made on each call, so that the test which needs it is the one that makes it.
    index: () => indexSchemas(DOCUMENT),
  };
}

const spec = compiledTestSpec();
const THING = '/components/schemas/Thing';
const valid = { id: '0b1c2d3e-4f50-4617-8899-aabbccddeeff', status: 's0', ref: {} };
const thing = (extra: Record<string, unknown>) => checkValue(spec, THING, { ...valid, ...extra });
const GET = { method: 'GET', path: '/things/{id}' };
const answer = (status: number, contentType: string | null | undefined, body: { text: string } | { parsed: unknown }) =>
  checkAnswer(spec, GET, { status, contentType, body });

describe('findings of a value against a schema', () => {
  it('finds nothing in a value that fits', () => {
    expect(thing({})).toEqual([]);
  });

  it('names a missing property with its type, its $ref name, or nothing', () => {
    expect(checkValue(spec, THING, {})).toEqual([
      { kind: 'missing-property', pointer: '/id', expected: 'required string (uuid)', seen: 'absent', specPointer: `${THING}/required` },
      { kind: 'missing-property', pointer: '/status', expected: 'required', seen: 'absent', specPointer: `${THING}/required` },
      { kind: 'missing-property', pointer: '/ref', expected: 'required Other', seen: 'absent', specPointer: `${THING}/required` },
    ]);
  });

  it('reports format, const and enum differences by shape', () => {
    expect(thing({ id: 'nope' })).toEqual([
      { kind: 'format', pointer: '/id', expected: 'string (uuid)', seen: 'string (not uuid)', specPointer: `${THING}/properties/id` },
    ]);
    expect(thing({ kind: 7 })).toEqual([
      { kind: 'enum', pointer: '/kind', expected: 'the value "thing"', seen: 'integer of another value', specPointer: `${THING}/properties/kind` },
    ]);
    expect(thing({ status: 'x' })).toEqual([
      {
        kind: 'enum',
        pointer: '/status',
        expected: `one of ${TWELVE.map((s) => `"${s}"`).join(', ')}`,
        seen: 'string not in the list',
        specPointer: `${THING}/properties/status`,
      },
    ]);
    expect(thing({ level: 'x' })[0]?.expected).toBe(
      `one of ${THIRTEEN.slice(0, 12)
        .map((s) => `"${s}"`)
        .join(', ')}, … (13 in all)`,
    );
  });

  it('describes a type from the schema, a list of types joined with or', () => {
    expect(thing({ nullable: 'x', count: '5' })).toEqual([
      { kind: 'type', pointer: '/count', expected: 'integer', seen: 'string (numeric)', specPointer: `${THING}/properties/count` },
      { kind: 'type', pointer: '/nullable', expected: 'integer or null', seen: 'string', specPointer: `${THING}/properties/nullable` },
    ]);
  });

  it('names the keyword and its limit for other constraints, a schema-valued keyword by name alone', () => {
    expect(thing({ count: -1, tags: ['a', 'b', 'c'], has: ['x'] }).map(({ pointer, expected, seen }) => [pointer, expected, seen])).toEqual([
      ['/count', 'minimum 0', 'integer that breaks minimum'],
      ['/tags', 'maxItems 2', 'array that breaks maxItems'],
      ['/has/*', 'integer', 'string'],
      ['/has', 'contains', 'array that breaks contains'],
    ]);
    const [pattern] = thing({ code: 'y' });
    expect(pattern).toMatchObject({ kind: 'constraint', pointer: '/code', seen: 'string that breaks pattern' });
    expect(pattern?.expected).toBe(`pattern ${JSON.stringify(LONG_PATTERN).slice(0, 80)}`);
  });

  it('makes one finding of a value that fits none of the variants, and keeps errors beside them', () => {
    expect(thing({ choice: true, choiceX: 'no' })).toEqual(
      [
        { kind: 'type', pointer: '/choiceX', expected: 'integer', seen: 'string', specPointer: `${THING}/properties/choiceX` },
        {
          kind: 'constraint',
          pointer: '/choice',
          expected: 'one of its 2 oneOf variants',
          seen: 'boolean that breaks oneOf',
          specPointer: `${THING}/properties/choice`,
        },
      ]
        .reverse()
        .sort((a, b) => (a.pointer < b.pointer ? -1 : 1)),
    );
    expect(thing({ variant: { a: 1 } })).toEqual([
      {
        kind: 'constraint',
        pointer: '/variant',
        expected: 'one of its 2 anyOf variants',
        seen: 'object that breaks anyOf',
        specPointer: `${THING}/properties/variant`,
      },
    ]);
  });

  it('turns indices and undeclared keys into *, and keeps declared names escaped', () => {
    expect(
      thing({ tags: [1], meta: { 'customer-4711': 'x' }, grid: [['x']], 'a/b': 'x', 'a~b': 'x' })
        .map((finding) => finding.pointer)
        .sort(),
    ).toEqual(['/a~0b', '/a~1b', '/grid/*/*', '/meta/*', '/tags/*'].sort());
  });

  it('names the spec place of a schema inside an array of schemas', () => {
    expect(thing({ pair: [1] })).toEqual([
      { kind: 'type', pointer: '/pair/*', expected: 'string', seen: 'integer', specPointer: `${THING}/properties/pair/prefixItems/0` },
    ]);
  });

  it('names an unknown property only when it reads like a field name or the spec declares it', () => {
    const unknown = thing({ extraField: 'x', a0B5g000001XyZ: 1, 'content-type': [], 'default-key': 1, 'enum-key': 1, 'const-key': 1 });
    expect(unknown.map((finding) => [finding.kind, finding.pointer, finding.seen])).toEqual([
      ['unknown-property', '/extraField', 'string'],
      ['unknown-property', '/*', 'integer'],
      ['unknown-property', '/content-type', 'array'],
      ['unknown-property', '/*', 'integer'],
      ['unknown-property', '/*', 'integer'],
      ['unknown-property', '/*', 'integer'],
    ]);
    expect(unknown[0]).toMatchObject({ expected: 'not listed (the object is closed)', specPointer: THING });
  });
});

describe('an answer against its operation', () => {
  it('checks a 2xx JSON body against the schema of its status', () => {
    expect(answer(200, 'Application/JSON ; charset=utf-8', { text: JSON.stringify(valid) })).toEqual([]);
    expect(answer(200, 'application/json', { text: '{"id":"0b1c2d3e-4f50-4617-8899-aabbccddeeff","status":"s0"}' })).toEqual([
      {
        api: 'nue',
        operationId: 'getThing',
        method: 'GET',
        path: '/things/{id}',
        direction: 'response',
        status: 200,
        kind: 'missing-property',
        in: 'body',
        pointer: '/ref',
        expected: 'required Other',
        seen: 'absent',
        specPointer: `${THING}/required`,
        count: 1,
      },
    ]);
  });

  it('reports a body that does not parse, an empty body, and a content type the status does not document', () => {
    const only = (reports: ReturnType<typeof answer>) =>
      reports.map(({ kind, in: at, expected, seen, specPointer }) => ({ kind, in: at, expected, seen, specPointer }));
    const holder = '/paths/~1things~1{id}/get/responses/200';
    expect(only(answer(200, 'application/json', { text: '{oops' }))).toEqual([
      { kind: 'not-json', in: 'body', expected: 'application/json', seen: 'a body that is not JSON', specPointer: `${holder}/content/application~1json` },
    ]);
    expect(only(answer(200, 'application/json', { text: '' }))).toEqual([
      { kind: 'content-type', in: 'content-type', expected: 'application/json', seen: 'no body', specPointer: `${holder}/content` },
    ]);
    expect(only(answer(200, null, { text: '{}' }))[0]?.seen).toBe('no content type');
    expect(only(answer(200, 'text/html; charset=utf-8', { text: '<p>' }))[0]?.seen).toBe('text/html');
    expect(only(answer(200, '@@text/html', { text: '<p>' }))[0]?.seen).toBe('a malformed content type');
    expect(only(answer(200, 'text/html@@', { text: '<p>' }))[0]?.seen).toBe('a malformed content type');
  });

  it('finds the response of a status: exact, then 4XX, then lower-case 5xx, then default', () => {
    expect(answer(404, 'application/problem+json', { text: '{}' }).map((report) => [report.kind, report.specPointer])).toEqual([
      ['missing-property', '/paths/~1things~1{id}/get/responses/4XX/content/application~1problem+json/schema/required'],
    ]);
    expect(answer(503, 'text/html', { text: '<p>down</p>' })).toEqual([]);
    expect(answer(503, 'application/json', { text: '{}' })[0]).toMatchObject({ kind: 'content-type', expected: 'text/*' });
    expect(answer(302, 'text/html', { text: '<p>' })).toEqual([]);
  });

  it('reports a status the operation does not document, naming the documented ones', () => {
    const [report] = checkAnswer(spec, { method: 'GET', path: '/texts' }, { status: 500, contentType: 'text/plain', body: { text: 'x' } });
    expect(report).toMatchObject({
      kind: 'undocumented-status',
      in: 'status',
      pointer: '',
      expected: 'one of 200',
      seen: '500',
      specPointer: '/paths/~1texts/get/responses',
    });
  });

  it('has nothing to say about an opaque redirect (status 0) or the body of an answer to HEAD', () => {
    expect(answer(0, 'text/html', { text: 'x' })).toEqual([]);
    expect(checkAnswer(spec, { method: 'HEAD', path: '/things/{id}' }, { status: 200, contentType: 'application/json', body: { text: '{}' } })).toEqual([]);
  });

  it('takes any media type for */*, and looks no further into a body that is not JSON media', () => {
    const post = { method: 'POST', path: '/things/{id}' };
    expect(checkAnswer(spec, post, { status: 201, contentType: 'text/html', body: { text: '<p>' } })).toEqual([]);
    expect(checkAnswer(spec, post, { status: 201, contentType: 'application/json', body: { text: '"x"' } })).toEqual([]);
  });

  it('chooses the media type by the body when the content type is not known', () => {
    const texts = { method: 'GET', path: '/texts' };
    expect(checkAnswer(spec, texts, { status: 200, contentType: undefined, body: { text: 'plain words' } })).toEqual([]);
    expect(checkAnswer(spec, texts, { status: 200, contentType: undefined, body: { parsed: [] } })[0]).toMatchObject({ kind: 'type', seen: 'array' });
    expect(answer(200, undefined, { text: 'not json' })[0]).toMatchObject({ kind: 'not-json' });
    expect(answer(200, undefined, { parsed: { ...valid, id: 'x' } })[0]).toMatchObject({ kind: 'format', pointer: '/id' });
  });

  it('does not look into a response whose $ref leads nowhere or round in a circle', () => {
    expect(checkAnswer(spec, { method: 'POST', path: '/things/{id}' }, { status: 202, contentType: 'text/html', body: { text: 'x' } })).toEqual([]);
    expect(checkAnswer(spec, { method: 'PUT', path: '/things/{id}' }, { status: 200, contentType: 'text/html', body: { text: 'x' } })).toEqual([]);
  });

  it('takes a method the path item lacks, or whose entry is not an object, for an undocumented operation', () => {
    for (const method of ['PATCH', 'DELETE'])
      expect(checkAnswer(spec, { method, path: '/things/{id}' }, { status: 200, contentType: 'application/json', body: { text: '{}' } })).toMatchObject([
        { kind: 'undocumented-operation', path: '/things/{id}', seen: `${method} /things/{id}` },
      ]);
  });

  it('reports an operation the spec lacks with only the path segments the spec spells out', () => {
    for (const method of ['PATCH', 'DELETE'])
      expect(checkAnswer(spec, { method, path: '/things/c-4711/texts' }, { status: 200, contentType: 'application/json', body: { text: '{}' } })).toStrictEqual(
        [
          {
            api: 'nue',
            method,
            path: '/things/*/texts',
            direction: 'response',
            status: 200,
            kind: 'undocumented-operation',
            in: 'path',
            pointer: '',
            expected: 'an operation of the spec',
            seen: `${method} /things/*/texts`,
            specPointer: '/paths',
            count: 1,
          },
        ],
      );
    expect(checkAnswer(spec, { method: 'GET', path: '/elsewhere' }, { status: 200, contentType: null, body: { text: '' } })[0]?.path).toBe('/*');
  });
});

describe('a request against its operation', () => {
  const request = (params: Parameters<typeof checkRequest>[2]['params'], body?: { contentType: string | null; text: string }, call = GET) =>
    checkRequest(spec, call, { params, body });

  it('finds nothing in parameters that fit, the operation redefining a path-level one', () => {
    expect(request({ path: { id: 'abc' }, query: { shared: 'text', free: 5, skipped: undefined }, header: { 'x-trace': 'trace' } })).toEqual([]);
  });

  it('checks each parameter by the spec name, a header by any case', () => {
    expect(
      request({ path: { id: 'a' }, header: { 'x-TRACE': 'nope' } }).map(({ in: at, kind, pointer, expected }) => ({ in: at, kind, pointer, expected })),
    ).toEqual([
      { in: 'path', kind: 'constraint', pointer: '/id', expected: 'minLength 3' },
      { in: 'header', kind: 'constraint', pointer: '/X-Trace', expected: 'pattern "^t"' },
    ]);
  });

  it('reports a parameter the operation does not have, its name only when it reads like one', () => {
    expect(request({ query: { Shared: 1, extra: 'x', a0B5g000001XyZ: 'x' }, header: { shared: 'x' }, path: { 'X-Trace': 't' } })).toStrictEqual(
      [
        ['path', '/*', 'string'],
        ['query', '/Shared', 'integer'],
        ['query', '/extra', 'string'],
        ['query', '/*', 'string'],
        ['header', '/shared', 'string'],
      ].map(([at, pointer, seen]) => ({
        api: 'nue',
        operationId: 'getThing',
        method: 'GET',
        path: '/things/{id}',
        direction: 'request',
        kind: 'unknown-property',
        in: at,
        pointer,
        expected: 'not a parameter of the operation',
        seen,
        specPointer: '/paths/~1things~1{id}/get/parameters',
        count: 1,
      })),
    );
  });

  it('checks a JSON body against a request body reached through $refs', () => {
    const post = { method: 'POST', path: '/things/{id}' };
    expect(request({}, { contentType: 'application/json', text: '{"name":"n"}' }, post)).toEqual([]);
    expect(request({}, { contentType: 'application/json', text: '{}' }, post)).toMatchObject([
      {
        direction: 'request',
        in: 'body',
        kind: 'missing-property',
        pointer: '/name',
        specPointer: '/components/requestBodies/RealBody/content/application~1json/schema/required',
      },
    ]);
    expect(request({}, undefined, post)).toEqual([]);
    expect(request({}, { contentType: 'application/json', text: '{}' }, { method: 'POST', path: '/texts' })).toEqual([]);
  });

  it('reports a request to an operation the spec lacks without an operationId', () => {
    const [report] = request({}, undefined, { method: 'PATCH', path: '/texts' });
    expect(report).toMatchObject({ kind: 'undocumented-operation', direction: 'request', path: '/texts' });
    expect(report && 'operationId' in report).toBe(false);
    expect(report && 'status' in report).toBe(false);
  });
});
