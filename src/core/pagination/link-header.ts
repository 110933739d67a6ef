// The `Link` header of a page (RFC 8288): `<uri>; rel="next"; title="x", <uri2>; rel="prev start"`.
// Only the links and their relation types matter to paging. A quoted value may hold commas and
// semicolons, so each link is matched whole, quoted values included, rather than split at commas.

export interface Link {
  uri: string;
  /** Relation types, lower-cased; one link may have several (`rel="prev start"`). */
  rel: string[];
}

/** One link: `<uri>` and its parameters, up to the next comma outside a quoted value. */
const LINK = /<([^<>]*)>((?:[^",]|"(?:[^"\\]|\\.)*")*)/g;
/** One parameter: `; name`, `; name=token` or `; name="quoted"`, with spaces allowed around `=`. */
const PARAM = /;\s*([^\s;,="]+)\s*(?:=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s;,]*)))?/g;

/** The links of a header with a URI, in order. */
export function parseLinkHeader(header: string | null | undefined): Link[] {
  const links: Link[] = [];
  // Stryker disable next-line StringLiteral: both groups take part in every match; the defaults are for the type checker
  for (const [, uri = '', params = ''] of (header ?? '').matchAll(LINK)) {
    const trimmed = uri.trim();
    if (trimmed) links.push({ uri: trimmed, rel: relationTypes(params) });
  }
  return links;
}

/** The URI of the first link with the given relation type. */
export function findLink(links: Link[], rel: string): string | undefined {
  return links.find((link) => link.rel.includes(rel))?.uri;
}

/** The first `rel` parameter's types (RFC 8288 §3.3: a later `rel` is ignored). */
function relationTypes(params: string): string[] {
  // Stryker disable next-line StringLiteral: the name group takes part in every match; the default is for the type checker
  for (const [, name = '', quoted, token] of params.matchAll(PARAM)) {
    if (name.toLowerCase() === 'rel') return (quoted ?? token ?? '').toLowerCase().split(/\s/).filter(Boolean);
  }
  return [];
}
