// The code samples of every operation of a bundled spec: the TypeScript call through creditline
// and the same request in curl. `withCodeSamples` puts them into a copy of the document as
// `x-codeSamples`, which Redoc shows in the right panel (the HTML docs are built from that copy;
// dist/openapi stays as curated). The calls files of the tests type-check the same TypeScript
// statements (`typescriptStatement`), so every sample the docs show compiles.
import type { Json, OpenApiDocument } from '../openapi/document.js';
import { type OperationEntry, operationEntries } from '../openapi/operations.js';
import { type SampleClient, sampleClient } from './clients.js';
import { curlSample } from './curl-sample.js';
import { sampleCall } from './sample-call.js';
import { typescriptSample, typescriptStatement } from './typescript-sample.js';

export interface OperationSamples {
  operationId: string;
  entry: OperationEntry;
  /** The call alone, as the calls file type-checks it. */
  statement: string;
  /** Import, client and call, as the docs show it. */
  typescript: string;
  curl: string;
}

export interface CodeSample {
  lang: string;
  label: string;
  source: string;
}

export function operationSamples(document: OpenApiDocument, client: SampleClient): OperationSamples[] {
  return operationEntries(document).map((entry) => {
    const call = sampleCall(document, entry, client);
    return {
      operationId: String(entry.operation.operationId),
      entry,
      statement: typescriptStatement(call, client),
      typescript: typescriptSample(call, client),
      curl: curlSample(document, entry, call, client),
    };
  });
}

export function codeSamples(samples: OperationSamples): CodeSample[] {
  return [
    { lang: 'TypeScript', label: 'creditline', source: samples.typescript },
    { lang: 'Shell', label: 'curl', source: samples.curl },
  ];
}

/** A copy of the bundled spec of `api` (redocly.yaml's name) with `x-codeSamples` on every operation. */
export function withCodeSamples(document: OpenApiDocument, api: string): OpenApiDocument {
  const copy = structuredClone(document);
  for (const samples of operationSamples(copy, sampleClient(api))) {
    (samples.entry.operation as Json)['x-codeSamples'] = codeSamples(samples);
  }
  return copy;
}
