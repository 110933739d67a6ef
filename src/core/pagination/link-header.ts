// RFC 8288 Link header parsing: `<uri>; rel="next"; title="x", <uri2>; rel="prev start"`.
// Commas and semicolons may sit inside quoted values, so this scans instead of splitting.

export interface Link {
  uri: string;
  /** Relation types, lower-cased; one link may have several (`rel="prev start"`). */
  rel: string[];
  params: Record<string, string>;
}

export function parseLinkHeader(header: string | null | undefined): Link[] {
  if (!header) return [];
  const links: Link[] = [];
  let i = 0;
  while (i < header.length) {
    const open = header.indexOf('<', i);
    if (open === -1) break;
    const close = header.indexOf('>', open);
    if (close === -1) break;
    const uri = header.slice(open + 1, close).trim();
    const params: Record<string, string> = {};
    i = close + 1;
    // Parameters run until a comma that is not inside quotes.
    while (i < header.length) {
      while (header[i] === ' ' || header[i] === '\t') i++;
      if (header[i] === ',') {
        i++;
        break;
      }
      if (header[i] !== ';') {
        i++;
        continue;
      }
      i++;
      const nameMatch = /^\s*([!#$%&'*+\-.^_`|~0-9A-Za-z]+\*?)\s*/.exec(header.slice(i));
      if (!nameMatch?.[1]) continue;
      const name = nameMatch[1].toLowerCase();
      i += nameMatch[0].length;
      let value = '';
      if (header[i] === '=') {
        i++;
        while (header[i] === ' ') i++;
        if (header[i] === '"') {
          i++;
          while (i < header.length && header[i] !== '"') {
            if (header[i] === '\\') i++;
            value += header[i] ?? '';
            i++;
          }
          i++;
        } else {
          const token = /^[^;,\s]*/.exec(header.slice(i))?.[0] ?? '';
          value = token;
          i += token.length;
        }
      }
      // RFC 8288 §3.3: only the first occurrence of rel counts.
      if (!(name in params)) params[name] = value;
    }
    if (uri) links.push({ uri, rel: (params.rel ?? '').toLowerCase().split(/\s+/).filter(Boolean), params });
  }
  return links;
}

/** The URI of the first link with the given relation type. */
export function findLink(links: Link[], rel: string): string | undefined {
  return links.find((link) => link.rel.includes(rel))?.uri;
}
