// The calls file of an API: the TypeScript sample of every operation, the very statement the
// HTML docs show (code-samples.ts), each in a function of its own. `npm run generate` writes
// them beside the tests and `npm run typecheck` compiles them, so every sample in the docs is
// known to fit the client's types; test/docs/code-samples.test.ts proves that each file is
// complete and current.
import path from 'node:path';
import type { OpenApiDocument } from '../openapi/document.js';
import { repoRoot } from '../repo-root.js';
import { sampleClient } from './clients.js';
import { operationSamples } from './code-samples.js';

/** Where the calls file of `api` (a name of redocly.yaml) is: Nue's beside its spec tests, the others beside the docs tests. */
export function callsFilePath(api: string, root = repoRoot): string {
  return path.join(root, api === 'nue' ? 'test/nue-spec/calls-every-operation.ts' : `test/docs/calls-every-operation/${api}.ts`);
}

/** A statement as it stands in the calls file: inside a function, indented once. */
export const inCallsFile = (statement: string) => statement.replace(/^/gm, '  ');

export function renderCallsFile(document: OpenApiDocument, api: string): string {
  const client = sampleClient(api);
  const title = String((document.info as { title?: unknown } | undefined)?.title ?? api);
  const header = `// Generated from the bundled spec of ${title} by \`npm run generate\`; do not edit.
// The TypeScript sample of every operation, as the HTML docs show it (x-codeSamples,
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
