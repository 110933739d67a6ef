// The docs parser and the importer on a small made-up reference in the dump's layout
// (fixtures/mini-docs), so that they are tested without ../shared/vendor-docs.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildDraft } from '../../scripts/nue-draft/build-draft.js';
import { parseCreditStatsPage } from '../../scripts/nue-reference/parse-credit-stats.js';
import { parseNueReference } from '../../scripts/nue-reference/parse-reference.js';

const docs = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/mini-docs');
const reference = parseNueReference(docs);

describe('reference parser', () => {
  it('finds the area, its section and both operations with their request paths', () => {
    expect(reference.areas.map((a) => a.title)).toEqual(['Tenants and Users']);
    expect(reference.tags.map((t) => [t.name, t.description])).toEqual([['Widgets', 'Widgets are the things a tenant makes.']]);
    expect(reference.operations.map((o) => [o.heading, o.method, o.docPath, o.codeSample.url])).toEqual([
      ['Get Widget', 'GET', '/widgets/{widgetId}', 'https://api.nue.io/v1/widgets/{widgetId}'],
      ['Cancel Widgets', 'POST', '/widgets:cancel', 'https://api.nue.io/v1/widgets:cancel'],
    ]);
  });

  it('reads parameter rows, joining descriptions that wrap', () => {
    const [get] = reference.operations;
    expect(get!.parameters.map((p) => [p.name, p.in, p.type, p.required, p.description])).toEqual([
      ['widgetId', 'path', 'string', true, 'The widget ID'],
      ['since', 'query', 'string(date-time)', false, 'The start of the period.\nGiven as an ISO date-time.'],
      ['size', 'query', 'integer(int32)', false, 'none'],
    ]);
    expect(get!.responses.map((r) => [r.status, r.meaning, r.description, r.schema])).toEqual([
      ['200', 'OK', 'OK', 'Widget'],
      ['404', 'Not Found', 'Not Found', 'Inline'],
    ]);
  });

  it('keeps captions of examples and treats a printed null as no example', () => {
    const cancel = reference.operations[1]!;
    expect(cancel.bodyExamples.map((e) => [e.title, e.value])).toEqual([['Sample cancel request', { ids: ['3fa85f64-5717-4562-b3fc-2c963f66afa6'] }]]);
    expect(cancel.responseExamples.map((e) => [e.title, e.status, e.example?.value])).toEqual([['Widgets canceled', undefined, { canceled: 1 }]]);
    expect(reference.operations[0]!.responseExamples[0]!.example?.value).toBeNull();
  });

  it('reads schemas: names with spaces, descriptions over two paragraphs, nesting, enums', () => {
    const widget = reference.schemas.find((s) => s.name === 'Widget')!;
    expect(widget.description).toBe('A widget.');
    expect(widget.properties.map((p) => [p.depth, p.name, p.type, p.required])).toEqual([
      [0, 'id', 'string', true],
      [0, 'Billing Period', 'string', false],
      [0, 'tags', 'object', false],
      [1, 'additionalProperties', 'string', false],
      [1, 'empty', 'boolean', false],
      [0, 'parts', '[WidgetPart]', false],
    ]);
    expect(widget.properties[1]!.description).toBe('How often the widget is billed.\n\nThere is a tenant default.');
    expect(widget.enums.map((e) => [e.property, e.value])).toEqual([
      ['Billing Period', 'Month'],
      ['Billing Period', 'Annual'],
    ]);
    expect(reference.schemas.find((s) => s.name === 'WidgetPart')!.example).toBeUndefined();
  });
});

describe('importer draft', () => {
  const draft = buildDraft(reference);
  // biome-ignore lint/suspicious/noExplicitAny: the draft's files are free-form YAML documents that the assertions read deep into
  const file = (name: string) => draft.files.get(name) as Record<string, any>;

  it('names operations by the rule and files them by product area and path', () => {
    expect(file('paths/tenants-and-users/getWidget.yaml').operationId).toBe('getWidget');
    expect(file('paths/tenants-and-users/cancelWidgets.yaml').operationId).toBe('cancelWidgets');
    expect(Object.keys(file('openapi.yaml').paths)).toEqual(['/v1/widgets/{widgetId}', '/v1/widgets:cancel']);
  });

  it('writes parameters with types and formats and drops "none" descriptions', () => {
    const parameters = file('paths/tenants-and-users/getWidget.yaml').parameters;
    expect(parameters[1]).toEqual({
      name: 'since',
      in: 'query',
      description: 'The start of the period.\nGiven as an ISO date-time.',
      required: false,
      schema: { type: 'string', format: 'date-time' },
    });
    expect(parameters[2]).toEqual({ name: 'size', in: 'query', required: false, schema: { type: 'integer', format: 'int32' } });
  });

  it('turns the schema table into JSON Schema: maps, the empty artefact, enums, arrays of refs, nullable from examples', () => {
    const widget = file('components/schemas/tenants-and-users/Widget.yaml');
    expect(widget.required).toEqual(['id']);
    expect(widget.properties['Billing Period'].enum).toEqual(['Month', 'Annual']);
    expect(widget.properties.tags).toEqual({ type: 'object', properties: { empty: { type: 'boolean' } }, additionalProperties: { type: 'string' } });
    expect(widget.properties.parts).toEqual({ type: 'array', items: { $ref: './WidgetPart.yaml' } });
    expect(file('components/schemas/tenants-and-users/WidgetPart.yaml').properties.name).toEqual({ type: ['string', 'null'], 'x-inferred': true });
  });

  it('infers what the docs only show: referenced-but-undescribed schemas and bodies of "None" responses', () => {
    const request = file('components/schemas/tenants-and-users/CancelWidgetsRequest.yaml');
    expect(request['x-inferred']).toBe(true);
    expect(request.properties).toEqual({ ids: { type: 'array', items: { type: 'string', format: 'uuid' } } });
    const canceled = file('paths/tenants-and-users/cancelWidgets.yaml').responses['200'];
    expect(canceled.content['application/json'].schema).toEqual({ type: 'object', properties: { canceled: { type: 'number' } }, 'x-inferred': true });
    expect(file('components/schemas/tenants-and-users/ErrorMessage.yaml')).toMatchObject({ type: 'object', 'x-inferred': true });
  });
});

describe('credit-stats page parser', () => {
  it('recovers the request and the response captions from the flattened page', () => {
    const page = parseCreditStatsPage(docs);
    expect(page.method).toBe('GET');
    expect(page.path).toBe('/tenants/{tenantid}/widget-count');
    expect(page.parameters).toEqual([
      { name: 'tenantid', in: 'path' },
      { name: 'colorids', in: 'query' },
    ]);
    expect(page.responses).toEqual(['successfully counted widgets', 'bad request missing colorids']);
  });
});
