// Every operation of every API has two code samples in the HTML docs (`x-codeSamples`): the call
// through creditline in TypeScript and the same request in curl. The TypeScript statement is the
// one the API's calls file holds, which `npm run typecheck` compiles: whatever the docs show
// fits the client's types. This keeps each calls file complete and current.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { callsFilePath, inCallsFile, renderCallsFile } from '../../scripts/code-samples/calls-file.js';
import { sampleClient } from '../../scripts/code-samples/clients.js';
import { type CodeSample, operationSamples, withCodeSamples } from '../../scripts/code-samples/code-samples.js';
import { bundleSpec } from '../../scripts/openapi/bundle-spec.js';
import { operationEntries } from '../../scripts/openapi/operations.js';
import { readApis } from '../../scripts/openapi/redocly-apis.js';
import { repoRoot } from '../../scripts/repo-root.js';
import { sharedNueSpec } from '../nue-spec/support/bundled-spec.js';

const specs = readApis().map((api) => ({
  api: api.name,
  document: api.name === 'nue' ? sharedNueSpec().document : bundleSpec(path.join(repoRoot, api.root)),
}));

/** The samples of one operation as the docs spec carries them: TypeScript, curl. */
function samplesOf(api: string, operationId: string): [string, string] {
  const spec = specs.find((s) => s.api === api)!;
  const entry = operationEntries(withCodeSamples(spec.document, api)).find((e) => e.operation.operationId === operationId)!;
  const [typescript, curl] = entry.operation['x-codeSamples'] as CodeSample[];
  return [typescript!.source, curl!.source];
}

describe.each(specs)('code samples of $api', ({ api, document }) => {
  const client = sampleClient(api);
  const callsFile = readFileSync(callsFilePath(api), 'utf8');

  it('the calls file is what the spec renders (npm run generate writes it)', () => {
    expect(callsFile).toBe(renderCallsFile(document, api));
  });

  it('gives every operation a TypeScript sample that the calls file type-checks, and curl', () => {
    const docs = withCodeSamples(document, api);
    const entries = operationEntries(docs);
    expect(entries.length).toBeGreaterThan(0);
    const server = String((docs.servers as { url: string }[])[0]!.url);
    for (const { operation } of entries) {
      const label = String(operation.operationId);
      const [typescript, curl] = operation['x-codeSamples'] as CodeSample[];
      expect([typescript?.lang, typescript?.label, curl?.lang, curl?.label], label).toEqual(['TypeScript', 'creditline', 'Shell', 'curl']);
      const prefix = `${client.imports}\n\n${client.setup}\n`;
      expect(typescript!.source.startsWith(prefix), label).toBe(true);
      expect(callsFile, label).toContain(inCallsFile(typescript!.source.slice(prefix.length).trimEnd()));
      expect(curl!.source, label).toMatch(new RegExp(`^curl (-X [A-Z]+ )?['"]${server.replace(/[.]/g, '\\.')}/`));
    }
    expect(operationSamples(document, client).map((s) => s.operationId)).toEqual(entries.map((e) => e.operation.operationId));
  });

  it('adds them to a copy: the bundle it is given stays as curated', () => {
    const before = JSON.stringify(document);
    withCodeSamples(document, api);
    expect(JSON.stringify(document)).toBe(before);
    expect(before).not.toContain('x-codeSamples');
  });
});

describe('what the samples say', () => {
  it('XOVI: the client fills in the key; curl takes it from $XOVI_API_KEY where the path form puts it', () => {
    expect(samplesOf('xovi', 'getCreditstate')).toEqual([
      `import { createXoviClient } from 'creditline/xovi';

const xovi = createXoviClient({ apiKey: process.env.XOVI_API_KEY! });
const { data } = await xovi.GET('/user/getCreditstate/{key}/{format}', {
  params: { path: { format: 'json' } },
});
`,
      'curl "https://suite.xovi.net/api/user/getCreditstate/$XOVI_API_KEY/json"\n',
    ]);
    // The query form: `key` was the query's only required parameter, and the types still ask for `query`.
    expect(samplesOf('xovi', 'getCreditstateByQuery')[1]).toBe('curl "https://suite.xovi.net/api/user/getCreditstate?key=$XOVI_API_KEY&format=json"\n');
  });

  it('Maileon: the key is the `key` query parameter of its security scheme', () => {
    expect(samplesOf('maileon', 'listContingents')).toEqual([
      `import { createMaileonClient } from 'creditline/maileon';

const maileon = createMaileonClient({ apiKey: process.env.MAILEON_API_KEY! });
const { data } = await maileon.GET('/partner/settings/prepaids/contingents', {
  params: { query: { nl_account_id: 1 } },
});
`,
      `curl "https://api.maileon.com/partner/settings/prepaids/contingents?nl_account_id=1&key=$MAILEON_API_KEY"\n`,
    ]);
  });

  it('Nue: the key in the nue-api-key header, a JSON `content` parameter JSON-encoded on the wire, a typed array in TypeScript', () => {
    const [typescript, curl] = samplesOf('nue', 'getCustomerCreditStats');
    expect(typescript).toContain(`const { data } = await nue.GET('/customers/{customerId}/credit-stats', {
  params: {
    path: { customerId: 'sample' },
    query: { accountPoolIds: ['474935a8-16cc-46a6-927d-74c962cf460f'] },
  },
});`);
    expect(curl).toBe(`curl 'https://api.nue.io/customers/sample/credit-stats?accountPoolIds=%5B%22474935a8-16cc-46a6-927d-74c962cf460f%22%5D' \\
  -H "nue-api-key: $NUE_API_KEY"
`);
  });

  it('Nue: a JSON body with -d, no key where the operation needs none (login)', () => {
    expect(samplesOf('nue', 'createAccessToken')[1]).toBe(`curl -X POST 'https://api.nue.io/auth/token' \\
  -H 'Content-Type: application/json' \\
  -d '{"userName":"sample","password":"sample"}'
`);
  });

  it('Nue: a multipart body as FormData parts in TypeScript, -F in curl', () => {
    const [typescript, curl] = samplesOf('nue', 'updateImportJobContent');
    expect(typescript).toContain(`  body: { data: 'file content' },
  bodySerializer: (body) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(body ?? {})) form.append(name, new Blob([value]), name);
    return form;
  },
});`);
    expect(curl).toBe(`curl -X PATCH 'https://api.nue.io/v1/cpq/async/imports/sample/content' \\
  -H "nue-api-key: $NUE_API_KEY" \\
  -F 'data=@data'
`);
  });
});
