// BENCHMARKS.md has several authors: `npm run bench -- --write` writes the page, `npm run size --
// --write` the bundle-size section and `npm run bench:validation -- --write` the validation
// section, each between its own markers (`<!-- name: … -->` … `<!-- /name -->`). Each keeps the
// others' parts.
const START = '<!-- bundle-size: written by `npm run size -- --write` -->';
const END = '<!-- /bundle-size -->';

/** The marked section of a page, markers included; '' when the page has none. */
export function sizeSectionOf(page: string): string {
  const start = page.indexOf(START);
  const end = page.indexOf(END);
  return start >= 0 && end > start ? page.slice(start, end + END.length) : '';
}

/** The page with its size section (added at the end when it has none) replaced by `body`. */
export function withSizeSection(page: string, body: string): string {
  const section = `${START}\n${body.trim()}\n${END}`;
  const old = sizeSectionOf(page);
  return old ? page.replace(old, section) : `${page.trimEnd()}\n\n${section}\n`;
}

/** Every marked section of a page, markers included, in order. */
function markedSectionsOf(page: string): string[] {
  return [...page.matchAll(/<!-- ([a-z][\w-]*): [^\n]*? -->[\s\S]*?<!-- \/\1 -->/g)].map((match) => match[0]);
}

/** A page written anew by the benchmark, with the marked sections of the page it replaces. */
export function keepMarkedSections(newPage: string, oldPage: string): string {
  const sections = markedSectionsOf(oldPage);
  return sections.length ? `${newPage.trimEnd()}\n\n${sections.join('\n\n')}\n` : newPage;
}
