// The calls file of an API: the TypeScript sample of every operation, the very statement the
// HTML docs show (scripts/code-samples/), each in a function of its own. `npm run typecheck`
// compiles the files, so every sample in the docs is known to fit the client's types;
// test/docs/code-samples.test.ts proves that each file is complete and current.
import path from 'node:path';
import { sampleClient } from '../../../scripts/code-samples/clients.js';
import { operationSamples } from '../../../scripts/code-samples/code-samples.js';
import type { OpenApiDocument } from '../../../scripts/openapi/document.js';
import { repoRoot } from '../../../scripts/openapi/redocly-apis.js';

/** Where the calls file of `api` (a name of redocly.yaml) is: Nue's beside its spec tests, the others beside the docs tests. */
export function callsFilePath(api: string): string {
  return path.join(repoRoot, api === 'nue' ? 'test/nue-spec/calls-every-operation.ts' : `test/docs/calls-every-operation/${api}.ts`);
}

/** A statement as it stands in the calls file: inside a function, indented once. */
export const inCallsFile = (statement: string) => statement.replace(/^/gm, '  ');

export function renderCallsFile(document: OpenApiDocument, api: string): string {
  const client = sampleClient(api);
  const title = String((document.info as { title?: unknown } | undefined)?.title ?? api);
  const header = `// Generated from the bundled spec of ${title} by \`npx tsx test/nue-spec/support/write-calls-file.ts\`;
// do not edit. The TypeScript sample of every operation, as the HTML docs show it (x-codeSamples,
// scripts/code-samples/): \`npm run typecheck\` checks that each call fits the client's types.
${client.imports}

${client.setup}
`;
  const functions = operationSamples(document, client).map(
    ({ operationId, entry, statement }) =>
      `\n/** ${entry.method.toUpperCase()} ${entry.path} */\nexport async function ${operationId}() {\n${inCallsFile(statement)}\n  return data;\n}\n`,
  );
  return header + functions.join('');
}
