// docs/index.html: what creditline is, how to install it, and the API references of
// redocly.yaml with their versions and operation counts. The package's name, description and
// Node range come from package.json; the rest from the bundled specs.

export interface DocsEntry {
  api: string;
  title: string;
  version: string;
  summary: string;
  operations: number;
  /** The import line of the API's client (code-samples/clients.ts). */
  imports: string;
}

/** What the index reads from package.json. */
export interface DocsPackage {
  name: string;
  description: string;
  engines?: { node?: string };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function renderEntry(e: DocsEntry): string {
  return `    <li>
      <a href="${e.api}.html">${escapeHtml(e.title)}</a>
      <span class="meta">version ${escapeHtml(e.version)} · ${plural(e.operations, 'operation')}</span>
      <p>${escapeHtml(e.summary)}</p>
      <pre><code>${escapeHtml(e.imports)}</code></pre>
    </li>`;
}

export function renderDocsIndex(pkg: DocsPackage, entries: DocsEntry[]): string {
  const node = pkg.engines?.node ? `For Node ${escapeHtml(pkg.engines.node)} and, since` : 'Since';
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${escapeHtml(pkg.name)}: API reference</title>
  <style>
    body { font-family: system-ui, sans-serif; max-width: 46rem; margin: 3rem auto; padding: 0 1rem; color: #222; line-height: 1.45; }
    ul { padding-left: 1.2rem; } li { margin-bottom: 1.4rem; } a { font-size: 1.2rem; color: #0044d4; }
    .meta { color: #555; margin-left: .5rem; } p { margin: .3rem 0; }
    pre { background: #f4f5f7; padding: .5rem .7rem; border-radius: 4px; overflow-x: auto; margin: .4rem 0; }
  </style>
</head>
<body>
  <h1>${escapeHtml(pkg.name)}</h1>
  <p>${escapeHtml(pkg.description)}</p>
  <p>Each vendor has its client: the typed openapi-fetch client of a hand-curated OpenAPI 3.1 spec, with the vendor's helpers on
  it (authentication, retries, timeouts, pagination, typed errors).</p>
  <h2>Install</h2>
  <pre><code>npm install ${escapeHtml(pkg.name)}</code></pre>
  <p>${node} the clients use only web-standard APIs (<code>fetch</code>, <code>URL</code>, timers), for Deno, Bun, browsers and
  workers too. ESM only, with its types.</p>
  <h2>API reference</h2>
  <p>One page per API. Every operation shows the call through ${escapeHtml(pkg.name)} in TypeScript and the same request in curl.
  The pages work offline.</p>
  <ul>
${entries.map(renderEntry).join('\n')}
  </ul>
</body>
</html>
`;
}
