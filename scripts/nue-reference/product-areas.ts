// The reference concatenates four widdershins documents, one per product area. Each starts
// with a `title: <Area> v1.0 language_tabs: …` front-matter line and has its own "Schemas".
import type { AreaSlug, DocLine, ProductArea } from './model.js';

const slugByTitle: Record<string, AreaSlug> = {
  'tenants and users': 'tenants-and-users',
  metadata: 'metadata',
  'lifecycle manager': 'lifecycle-manager',
  'revenue manager': 'revenue-manager',
};

/** "LIFECYCLE MANAGER" → "Lifecycle Manager": the docs shout one of the four titles. */
function displayTitle(title: string): string {
  if (title !== title.toUpperCase()) return title;
  return title.toLowerCase().replace(/\b\w/g, (c) => c.toUpperCase());
}

export function findProductAreas(lines: DocLine[]): ProductArea[] {
  const starts = lines.filter((l) => /^title: .+ v\d+(\.\d+)* language_tabs:/.test(l.text));
  return starts.map((start, index) => {
    const rawTitle = /^title: (.+?) v\d+(\.\d+)* language_tabs:/.exec(start.text)![1]!;
    const slug = slugByTitle[rawTitle.toLowerCase()];
    if (!slug) throw new Error(`line ${start.line}: unknown product area "${rawTitle}"`);
    const lastLine = index + 1 < starts.length ? starts[index + 1]!.line - 1 : lines.length;
    const schemas = lines.find((l) => l.line > start.line && l.line <= lastLine && l.text === 'Schemas');
    if (!schemas) throw new Error(`line ${start.line}: product area "${rawTitle}" has no Schemas section`);
    return { slug, title: displayTitle(rawTitle), firstLine: start.line, schemasLine: schemas.line, lastLine };
  });
}
