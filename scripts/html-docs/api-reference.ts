// The reference of the TypeScript API: TypeDoc over the entry points of package.json's "exports",
// from the sources' doc comments, into <out>/api. TypeDoc's default theme is self-contained (its
// styles, scripts and icons are files beside the pages), so the pages open offline.
//
// The types generated from the specs (`generated/`) show where the API uses them (a pool, a
// contingent, a credit state), with the spec's descriptions; the `NueComponents`-style re-exports of
// every schema are `@hidden`: the whole spec as TypeScript would be most of the reference, and the
// Redoc pages show it operation by operation. Every exported declaration of src/ must have a doc
// comment, and the build fails on one without or on a `{@link}` to nothing, so that the reference
// never shows a blank. (A property of a generated type has a comment when the spec describes it:
// that is the spec's business, not the build's.)
import path from 'node:path';
import { Application, Logger, LogLevel, OptionDefaults, PageEvent, TSConfigReader } from 'typedoc';
import { repoRoot } from '../repo-root.js';

/** The package's entry points, in package.json's "exports" order of importance: the root first. */
const ENTRY_POINTS = ['src/index.ts', 'src/nue/index.ts', 'src/xovi/index.ts', 'src/maileon/index.ts', 'src/validate/index.ts', 'src/sandbox/index.ts'];

/** Writes the reference into `outputDir`; rejects with TypeDoc's findings when it has any. */
/** Where the header's links lead: the docs' index, one folder up from the reference (set per page below). */
const DOCS_INDEX = 'creditline:docs-index';

/** TypeDoc's logger, keeping its warnings and errors for the build's error instead of printing them. */
class Findings extends Logger {
  readonly lines: string[] = [];

  override log(message: string, level: LogLevel): void {
    super.log(message, level);
    const undescribedInSpec = /does not have any documentation/.test(message) && /defined in creditline\/generated\//.test(message);
    if (level >= LogLevel.Warn && !undescribedInSpec) this.lines.push(`${LogLevel[level]}: ${message}`);
  }
}

export async function writeApiReference(outputDir: string): Promise<void> {
  const app = await Application.bootstrap(
    {
      name: 'creditline',
      entryPoints: ENTRY_POINTS.map((file) => path.join(repoRoot, file)),
      tsconfig: path.join(repoRoot, 'tsconfig.build.json'),
      readme: 'none',
      // The pages link no source host: there is none offline.
      disableSources: true,
      hideGenerator: true,
      githubPages: false,
      excludePrivate: true,
      excludeExternals: true,
      // openapi-typescript writes the spec's descriptions as `@description`.
      blockTags: [...OptionDefaults.blockTags, '@description'],
      // Named in the types of exported declarations but not themselves documented here: the
      // generated `paths` of each spec (every operation: the Redoc pages' business), the helper type
      // that takes XOVI's key out of its paths, and the global `RequestInit` that creditline's
      // per-call options are added to.
      intentionallyNotExported: ['paths', 'OmitParam', '__global.RequestInit'],
      validation: { notExported: true, invalidLink: true, notDocumented: true },
      navigationLinks: { 'Docs index': DOCS_INDEX },
      titleLink: DOCS_INDEX,
    },
    [new TSConfigReader()],
  );
  const findings = new Findings();
  app.logger = findings;
  // TypeDoc's icons point into assets/icons.svg, which a page opened from disk may not read (each
  // file: URL is its own origin): icons.js puts the icons into the page and then points them there.
  // Pointing them there from the start spares the browser a failed request per icon.
  // TypeDoc writes a link option as it is given, on pages of every depth: the index is found from each page.
  app.renderer.on(PageEvent.END, (page) => {
    const docsIndex = `${'../'.repeat(page.url.split('/').length)}index.html`;
    page.contents = page.contents?.replace(/href="[^"#]*assets\/icons\.svg#icon-/g, 'href="#icon-').replaceAll(`href="${DOCS_INDEX}"`, `href="${docsIndex}"`);
  });
  const project = await app.convert();
  if (project) app.validate(project);
  if (!project || findings.lines.length > 0) throw new Error(`TypeDoc: ${findings.lines.length} problem(s) in the doc comments:\n${findings.lines.join('\n')}`);
  await app.generateDocs(project, outputDir);
  if (findings.lines.length > 0) throw new Error(`TypeDoc could not write the reference:\n${findings.lines.join('\n')}`);
}
