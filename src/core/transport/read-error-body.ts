import type { Redactor } from '../redaction/redactor.js';

/** Reads an error response: JSON when it parses, else the text; secrets masked either way. */
export async function readErrorBody(response: Response, redactor: Redactor): Promise<unknown> {
  let text: string;
  try {
    text = await response.text();
  } catch {
    return undefined;
  }
  if (text === '') return undefined;
  try {
    return redactor.value(JSON.parse(text) as unknown);
  } catch {
    return redactor.text(text);
  }
}

const REQUEST_ID_HEADERS = ['x-request-id', 'request-id', 'x-correlation-id', 'x-amzn-requestid', 'x-trace-id'];

export function readRequestId(headers: Headers): string | undefined {
  for (const name of REQUEST_ID_HEADERS) {
    const value = headers.get(name);
    if (value) return value;
  }
  return undefined;
}
