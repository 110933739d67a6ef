// Contract: Prism (in mock mode, with --errors) serves the bundled Nue spec, and every
// operation is called through the typed openapi-fetch client with parameters and a body
// sampled from the spec. A 422 (or the operation's own 4xx) means the spec rejects a request
// built from its own schemas; a 500 means Prism could not produce a documented response.
// Prism checks a parameter given as JSON `content` (accountPoolIds) only for being there (it
// validates parameters by `schema`), so a test here checks that such a parameter is sent
// JSON-encoded and that the decoded value fits its content schema.
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { paths } from '../../generated/nue.js';
import { type SampledRequest, sampleRequests, toFormData } from '../../scripts/code-samples/sample-request.js';
import { jsonContent } from '../../scripts/openapi/json-content-parameter.js';
import { escapePointer } from '../../scripts/openapi/json-pointer.js';
import { operationEntries } from '../../scripts/openapi/operations.js';
import { locatedParameters } from '../../scripts/openapi/parameters.js';
import { createSpecValidator } from '../../scripts/openapi/spec-validator.js';
import { nueOperationCount, sharedNueSpec } from './support/bundled-spec.js';
import { type PrismServer, startPrism } from './support/prism.js';

const spec = sharedNueSpec();
const requests = sampleRequests(spec.document);
let prism: PrismServer | undefined;

type CallResult = { response: Response; data?: unknown; error?: unknown };
type LooseCall = (method: string, path: string, init: Record<string, unknown>) => Promise<CallResult>;

/** Each query parameter given as JSON `content`: the pointer of its content schema and what the sampled request sends. */
function jsonContentQueryParameters(): { label: string; schemaPointer: string; sent: unknown }[] {
  return operationEntries(spec.document).flatMap((entry) => {
    const request = requests.find((r) => r.operationId === entry.operation.operationId)!;
    return locatedParameters(spec.document, entry).flatMap(({ parameter, pointer }) => {
      const content = jsonContent(parameter);
      if (parameter.in !== 'query' || !content) return [];
      const name = String(parameter.name);
      return [
        {
          label: `${request.operationId} ${name}`,
          schemaPointer: `${pointer}/content/${escapePointer(content.mediaType)}/schema`,
          sent: request.params.query?.[name],
        },
      ];
    });
  });
}

function call(client: ReturnType<typeof createClient<paths>>, request: SampledRequest): Promise<CallResult> {
  const init: Record<string, unknown> = { params: request.params, parseAs: 'text' };
  if (request.body !== undefined) {
    init.body = request.body;
    if (request.mediaType === 'multipart/form-data') init.bodySerializer = toFormData;
  }
  // The loop goes over every path of the typed client; calls-every-operation.ts checks each
  // call's types, here the path is a runtime value.
  return (client.request as unknown as LooseCall)(request.method, request.path, init);
}

describe('Nue spec contract (Prism mock)', () => {
  let client: ReturnType<typeof createClient<paths>>;

  beforeAll(async () => {
    prism = await startPrism(spec.file);
    client = createClient<paths>({ baseUrl: prism.origin, headers: { Authorization: 'Bearer contract-test-token', apiAccessKey: 'contract-test-key' } });
  }, 90_000);

  afterAll(async () => {
    await prism?.stop();
  });

  it('covers every operation of the spec', () => {
    expect(requests).toHaveLength(nueOperationCount);
    expect(new Set(requests.map((r) => r.operationId)).size).toBe(nueOperationCount);
  });

  it('sends a JSON `content` query parameter JSON-encoded, as its content schema describes', () => {
    const parameters = jsonContentQueryParameters();
    const validate = createSpecValidator(spec.document);
    expect(parameters.map((p) => p.label)).toContain('getCustomerCreditStats accountPoolIds');
    for (const { label, schemaPointer, sent } of parameters) {
      expect(typeof sent, label).toBe('string');
      expect(validate(schemaPointer, JSON.parse(String(sent))), label).toEqual([]);
    }
  });

  it.each(requests.map((r) => [r.operationId, r] as const))('%s is accepted and answered', async (_id, request) => {
    const { response, error } = await call(client, request);
    // parseAs 'text': openapi-fetch has read the body; an error answer's text is in `error`.
    const body = typeof error === 'string' ? error : '';
    const violations = response.headers.get('sl-violations');
    expect({ status: response.status, violations, body: response.status >= 400 ? body.slice(0, 600) : '' }).toEqual({
      status: expect.any(Number),
      violations: null,
      body: '',
    });
    expect(response.status).toBeLessThan(400);
  });
});
