// The TypeScript sample of an operation: the call through the creditline client, as a user
// writes it. `typescriptStatement` is the call alone (what the calls files type-check, one per
// operation); `typescriptSample` puts the import and the client in front of it (what the docs
// show). Both come from the same text, so the docs show exactly what `npm run typecheck` checked.
import type { SampleClient } from './clients.js';
import type { SampleCall } from './sample-call.js';
import { quote, typescriptLiteral } from './typescript-literal.js';

const WIDTH = 80;

/** openapi-fetch sends a body as JSON unless it is FormData: a multipart body's parts become files. */
const multipartSerializer = [
  'bodySerializer: (body) => {',
  '  const form = new FormData();',
  '  for (const [name, value] of Object.entries(body ?? {})) form.append(name, new Blob([value]), name);',
  '  return form;',
  '},',
];

/** `const { data } = await nue.GET('/path', { … });`, on one line while it fits. */
export function typescriptStatement(call: SampleCall, client: SampleClient): string {
  const head = `const { data } = await ${client.variable}.${call.method}(${quote(call.path)}`;
  const fields: [string, unknown][] = [];
  if (Object.keys(call.params).length > 0) fields.push(['params', call.params]);
  if (call.body) fields.push(['body', call.body.value]);
  const multipart = call.body?.mediaType === 'multipart/form-data';
  if (fields.length === 0) return `${head});`;

  const oneLine = `${head}, { ${fields.map(([name, value]) => `${name}: ${typescriptLiteral(value, { width: Number.POSITIVE_INFINITY })}`).join(', ')} });`;
  if (!multipart && oneLine.length <= WIDTH) return oneLine;
  const lines = fields.map(([name, value]) => `  ${name}: ${typescriptLiteral(value, { depth: 1, column: name.length + 4, after: 1, width: WIDTH })},`);
  if (multipart) lines.push(...multipartSerializer.map((line) => `  ${line}`));
  return `${head}, {\n${lines.join('\n')}\n});`;
}

/** The whole sample: import, client, call. */
export function typescriptSample(call: SampleCall, client: SampleClient): string {
  return `${client.imports}\n\n${client.setup}\n${typescriptStatement(call, client)}\n`;
}
