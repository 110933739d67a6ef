// The path a request really uses: the docs' curl samples put /v1 before every Metadata,
// Lifecycle Manager and Revenue Manager path; the `METHOD /path` line leaves it out.
import type { DocOperation } from './model.js';

export const serverUrl = 'https://api.nue.io';

export function requestPath(operation: DocOperation): string {
  const url = operation.codeSample.url;
  if (!url.startsWith(serverUrl)) throw new Error(`line ${operation.codeSample.line}: sample URL ${url} is not on ${serverUrl}`);
  const path = url.slice(serverUrl.length).split('?')[0]!;
  if (!path.endsWith(operation.docPath)) throw new Error(`line ${operation.codeSample.line}: sample URL ${url} does not end with ${operation.docPath}`);
  return path;
}
