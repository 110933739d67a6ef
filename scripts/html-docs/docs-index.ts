// docs/index.html: one page that links the API references of redocly.yaml, with their titles.

export interface DocsEntry {
  api: string;
  title: string;
  summary: string;
  operations: number;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function renderDocsIndex(entries: DocsEntry[]): string {
  const items = entries
    .map(
      (e) =>
        `    <li><a href="${e.api}.html">${escapeHtml(e.title)}</a><p>${escapeHtml(e.summary)} ${e.operations} operation${e.operations === 1 ? '' : 's'}.</p></li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>creditline API reference</title>
  <style>
    body { font-family: system-ui, sans-serif; max-width: 44rem; margin: 3rem auto; padding: 0 1rem; color: #222; }
    li { margin-bottom: 1.2rem; } a { font-size: 1.2rem; color: #0044d4; } p { margin: .3rem 0 0; }
  </style>
</head>
<body>
  <h1>creditline API reference</h1>
  <p>Curated OpenAPI 3.1 references for the vendor APIs that creditline types. They work offline.</p>
  <ul>
${items}
  </ul>
</body>
</html>
`;
}
