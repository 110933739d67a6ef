// The curl sample of an operation is the docs' only statement of the request URL as sent
// (with /v1 where it applies) and of the headers a request carries.
import type { CodeSample } from './model.js';
import type { Paragraph } from './paragraphs.js';

export function readCurlSample(paragraphs: Paragraph[]): CodeSample | undefined {
  for (const paragraph of paragraphs) {
    const curlIndex = paragraph.lines.findIndex((l) => l.text.startsWith('curl -X '));
    if (curlIndex < 0) continue;
    const curl = paragraph.lines[curlIndex]!;
    const url = /^curl -X [A-Z]+ (\S+)/.exec(curl.text)?.[1];
    if (!url) continue;
    const headers: Array<[string, string]> = [];
    for (const line of paragraph.lines.slice(curlIndex + 1)) {
      const header = /^\s*-H '([^:]+):\s*(.*?)'/.exec(line.text);
      if (header) headers.push([header[1]!, header[2]!]);
    }
    return { line: curl.line, url, headers };
  }
  return undefined;
}
