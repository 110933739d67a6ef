// Renders test/nue-spec/calls-every-operation.ts from the bundled spec: one call per operation
// through the typed client, with the required parameters and body properties sampled from the
// schemas. `npm run typecheck` then proves that each documented call fits generated/nue.ts;
// calls-every-operation.test.ts proves that the file is complete and current.
import { firstMedia, requestBody } from '../../../scripts/openapi/bodies.js';
import type { Json, OpenApiDocument } from '../../../scripts/openapi/document.js';
import { operationEntries } from '../../../scripts/openapi/operations.js';
import { operationParameters } from '../../../scripts/openapi/parameters.js';
import { sampleParameters } from './sample-request.js';
import { sampleValue } from './sample-value.js';

const header = `// Generated from the bundled Nue spec by \`npx tsx test/nue-spec/support/write-calls-file.ts\`;
// do not edit. One call per operation through the typed client: \`npm run typecheck\` checks that
// every operation can be called with its documented parameters and body.
import type { Client } from 'openapi-fetch';
import type { paths } from '../../generated/nue.js';

export async function callEveryOperation(client: Client<paths>): Promise<number> {
  let calls = 0;
`;

/** JSON for a literal; binary parts (Blobs) are written as strings, which is how the types see them. */
function literal(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v instanceof Blob ? 'file content' : v));
}

export function renderCallsFile(document: OpenApiDocument): string {
  const lines: string[] = [];
  for (const entry of operationEntries(document)) {
    const { path, method, operation } = entry;
    // Only what the types demand: required parameters and a required body, nothing optional.
    const params = sampleParameters(
      document,
      operationParameters(document, entry).filter((p) => p.required === true),
      { optionalDepth: 0 },
    );
    const body = requestBody(document, operation);
    const media = firstMedia(body)?.media;
    const init: string[] = [];
    if (Object.keys(params).length > 0) init.push(`params: ${literal(params)}`);
    if (media && body?.required === true) init.push(`body: ${literal(sampleValue(document, media.schema as Json, { optionalDepth: 0 }))}`);
    const args = init.length > 0 ? `, { ${init.join(', ')} }` : '';
    lines.push(`  // ${String(operation.operationId)}`);
    lines.push(`  await client.${method.toUpperCase()}(${JSON.stringify(path)}${args});`);
    lines.push('  calls++;');
  }
  return `${header}${lines.join('\n')}\n  return calls;\n}\n`;
}
