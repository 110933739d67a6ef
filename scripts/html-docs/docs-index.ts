// docs/index.html: what creditline is, how to install it, the guides, the reference of the
// TypeScript API, and the references of the HTTP APIs of redocly.yaml with their versions and
// operation counts. The package's name, description and Node range come from package.json, the
// guides' titles and summaries from the guides, the rest from the bundled specs.
import type { GuideEntry } from './guides.js';
import { escapeHtml, pageStyle } from './page-style.js';

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

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function renderEntry(e: DocsEntry): string {
  return `    <li>
      <a href="${e.api}.html">${escapeHtml(e.title)}</a>
      <span class="meta">version ${escapeHtml(e.version)} · ${plural(e.operations, 'operation')}</span>
      <p>${escapeHtml(e.summary)}</p>
      <pre><code>${escapeHtml(e.imports)}</code></pre>
    </li>`;
}

function renderGuide(guide: GuideEntry): string {
  return `    <li>
      <a href="${escapeHtml(guide.page)}">${escapeHtml(guide.title)}</a>
      <p>${guide.summary}</p>
    </li>`;
}

export function renderDocsIndex(pkg: DocsPackage, entries: DocsEntry[], guides: GuideEntry[]): string {
  const node = pkg.engines?.node ? `For Node ${escapeHtml(pkg.engines.node)} and, since` : 'Since';
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${escapeHtml(pkg.name)}: guides and reference</title>
  <style>
${pageStyle}
    ul { padding-left: 1.2rem; } li { margin-bottom: 1.2rem; } li > a { font-size: 1.15rem; }
    .meta { color: #555; margin-left: .5rem; }
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
  <h2 id="guides">Guides</h2>
  <ul>
${guides.map(renderGuide).join('\n')}
  </ul>
  <h2 id="typescript-api">TypeScript API reference</h2>
  <ul>
    <li>
      <a href="api/index.html">The TypeScript API</a>
      <p>Every entry point of the package (${['', '/nue', '/xovi', '/maileon', '/validate', '/sandbox'].map((entry) => `<code>${escapeHtml(pkg.name + entry)}</code>`).join(', ')}):
      the factories and their options, the helpers, the errors and their guards, from the sources' doc comments.</p>
    </li>
  </ul>
  <h2 id="http-apis">HTTP API reference</h2>
  <p>One page per API. Every operation shows the call through ${escapeHtml(pkg.name)} in TypeScript and the same request in curl.</p>
  <ul>
${entries.map(renderEntry).join('\n')}
  </ul>
  <p>Every page here works offline.</p>
</body>
</html>
`;
}
