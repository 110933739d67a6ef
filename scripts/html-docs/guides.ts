// The guides (guides/*.md) as HTML pages in <out>/guides/, rendered with marked. A guide is
// written for the repository, so its links name files there; on a page they must name files of the
// docs folder instead:
// - another guide (`paging.md#prefetch`) becomes its page (`paging.html#prefetch`);
// - README.md becomes the docs' index page;
// - a file the docs build writes (`../docs/api/index.html`, which exists in a checkout once
//   `npm run docs` ran) becomes the same file of the docs folder (`../api/index.html`);
// - any other file of the repository (a source file, CONTRIBUTING.md) is not in the docs folder:
//   the page keeps the link's text and drops the link.
// Headings get GitHub's ids, so an anchor works the same on GitHub and on a page. A link to a file
// that is not in the repository, or to a heading a guide does not have, fails the build.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Marked, type Tokens } from 'marked';
import { repoRoot } from '../repo-root.js';
import type { DocsEntry } from './docs-index.js';
import { escapeHtml, pageStyle } from './page-style.js';

/** A guide as the index lists it. */
export interface GuideEntry {
  /** The page, relative to the docs folder: `guides/clients.html`. */
  page: string;
  /** Its first heading. */
  title: string;
  /** Its first paragraph, as HTML with only code spans left. */
  summary: string;
}

/** The order a reader meets the guides in; a guide not named here comes after these, by name. */
const READING_ORDER = ['clients', 'paging', 'errors', 'credentials', 'nue', 'credits', 'metrics', 'cli', 'drift-reports', 'sandbox', 'releasing'];

const GUIDES_DIR = 'guides';

/** The guides of the repository, in reading order. */
export function guideFiles(root = repoRoot): string[] {
  const rank = (file: string) => {
    const index = READING_ORDER.indexOf(path.basename(file, '.md'));
    return index === -1 ? READING_ORDER.length : index;
  };
  return readdirSync(path.join(root, GUIDES_DIR))
    .filter((file) => file.endsWith('.md'))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((file) => path.join(root, GUIDES_DIR, file));
}

/** Writes every guide's page into `<outputDir>/guides/`; returns the index's entries, in reading order. */
export function writeGuides(outputDir: string, apis: DocsEntry[]): GuideEntry[] {
  mkdirSync(path.join(outputDir, GUIDES_DIR), { recursive: true });
  const files = guideFiles();
  const rendered = files.map((file) => renderGuide(file));
  const ids = new Map(rendered.map(({ headingIds }, index) => [pageName(files[index]!), headingIds]));
  for (const [index, { anchors }] of rendered.entries()) {
    for (const { page, anchor } of anchors) {
      const target = page || pageName(files[index]!);
      if (!ids.get(target)?.has(anchor))
        throw new Error(`${path.relative(repoRoot, files[index]!)}: the link to ${target}#${anchor} names a heading that is not there`);
    }
  }
  const entries = rendered.map(({ title, summary }, index): GuideEntry => ({ page: `${GUIDES_DIR}/${pageName(files[index]!)}`, title, summary }));
  rendered.forEach(({ body, title }, index) => {
    writeFileSync(path.join(outputDir, entries[index]!.page), guidePage(title, body, entries, index, apis));
  });
  return entries;
}

const pageName = (markdownFile: string) => `${path.basename(markdownFile, '.md')}.html`;

/** A link to a heading of a guide: its page (`''` for the guide itself) and the heading's id. */
interface GuideAnchor {
  page: string;
  anchor: string;
}

/** One guide as HTML: its body, title and summary, the ids of its headings and the guides' headings it links to. */
function renderGuide(file: string): { body: string; title: string; summary: string; headingIds: Set<string>; anchors: GuideAnchor[] } {
  const source = path.relative(repoRoot, file);
  const slugs = new Map<string, number>();
  const headingIds = new Set<string>();
  const anchors: GuideAnchor[] = [];
  const marked = new Marked({
    gfm: true,
    renderer: {
      heading(text, level) {
        const id = uniqueSlug(slugOf(text), slugs);
        headingIds.add(id);
        return `<h${level} id="${id}">${text}</h${level}>\n`;
      },
      link(href, title, text) {
        const target = pageLink(href, source);
        if (target === undefined) return text;
        const guideAnchor = /^([\w-]+\.html)?#(.+)$/.exec(target);
        if (guideAnchor) anchors.push({ page: guideAnchor[1] ?? '', anchor: decodeURIComponent(guideAnchor[2]!) });
        return `<a href="${escapeHtml(target)}"${title ? ` title="${escapeHtml(title)}"` : ''}>${text}</a>`;
      },
    },
  });
  const markdown = readFileSync(file, 'utf8');
  const tokens = marked.lexer(markdown);
  const heading = tokens.find((token): token is Tokens.Heading => token.type === 'heading' && token.depth === 1);
  const paragraph = tokens.find((token): token is Tokens.Paragraph => token.type === 'paragraph');
  if (!heading || !paragraph) throw new Error(`${source}: a guide starts with a # heading and a paragraph that says what it is about`);
  return {
    body: marked.parser(tokens),
    title: stripTags(marked.parseInline(heading.text) as string),
    summary: stripTags(marked.parseInline(paragraph.text) as string, ['code']),
    headingIds,
    anchors,
  };
}

/** Where a guide's link points on its page (from `<out>/guides/`), or undefined when its target is not in the docs folder. */
function pageLink(href: string, source: string): string | undefined {
  if (/^[a-z][a-z\d+.-]*:/i.test(href) || href.startsWith('#')) return href;
  const [file = '', hash] = href.split('#', 2);
  const anchor = hash === undefined ? '' : `#${hash}`;
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(source), decodeURI(file)));
  if (target.startsWith('docs/')) return `../${target.slice('docs/'.length)}${anchor}`;
  if (!existsSync(path.join(repoRoot, target))) throw new Error(`${source}: the link ${href} names ${target}, which is not in the repository`);
  if (target === 'README.md') return `../index.html${anchor}`;
  if (path.posix.dirname(target) === GUIDES_DIR && target.endsWith('.md')) return `${pageName(target)}${anchor}`;
  return undefined;
}

/** GitHub's id of a heading: its text in lower case, without punctuation, each space a hyphen. */
function slugOf(html: string): string {
  return stripTags(html)
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, entity: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[entity] ?? '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** The second heading of the same text gets `-1`, the third `-2`, as on GitHub. */
function uniqueSlug(slug: string, seen: Map<string, number>): string {
  const count = seen.get(slug) ?? 0;
  seen.set(slug, count + 1);
  return count === 0 ? slug : `${slug}-${count}`;
}

/** The HTML without its tags, but for the tags named in `keep`. */
function stripTags(html: string, keep: string[] = []): string {
  return html.replace(/<\/?([a-z\d]+)[^>]*>/gi, (tag, name: string) => (keep.includes(name.toLowerCase()) ? tag : '')).trim();
}

function guidePage(title: string, body: string, guides: GuideEntry[], current: number, apis: DocsEntry[]): string {
  const guideLinks = guides
    .map(
      (guide, index) =>
        `      <li${index === current ? ' class="current"' : ''}><a href="${escapeHtml(path.posix.basename(guide.page))}">${escapeHtml(guide.title)}</a></li>`,
    )
    .join('\n');
  const apiLinks = apis.map((api) => `      <li><a href="../${api.api}.html">${escapeHtml(api.title)}</a></li>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${escapeHtml(title)} · creditline</title>
  <style>
${pageStyle}
    body { max-width: 72rem; display: grid; grid-template-columns: 15rem 1fr; gap: 2.5rem; }
    nav { font-size: .95rem; } nav ul { list-style: none; padding: 0; } nav li { margin: .35rem 0; } nav .current a { font-weight: 600; color: #222; }
    main { min-width: 0; } table { border-collapse: collapse; } th, td { border: 1px solid #ddd; padding: .3rem .5rem; vertical-align: top; text-align: left; font-size: .95rem; }
  </style>
</head>
<body>
  <nav>
    <p><a href="../index.html">creditline docs</a></p>
    <h3>Guides</h3>
    <ul>
${guideLinks}
    </ul>
    <h3>Reference</h3>
    <ul>
      <li><a href="../api/index.html">TypeScript API</a></li>
${apiLinks}
    </ul>
  </nav>
  <main>
${body}
  </main>
</body>
</html>
`;
}
