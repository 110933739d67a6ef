// Finds many literal strings in a text at once, leftmost first and the longest at each place.
//
// Why not one RegExp alternation: a Nue client adds two tokens at every renewal, each in a dozen
// forms of up to a kilobyte, and a pattern of them took seconds to compile and a hundred MB of
// heap after a day's renewals. Literals are grouped by their first four characters instead; the
// text is searched with indexOf for each distinct start (tokens share few: every JWT starts with
// `eyJ`), and only where one occurs are that group's literals compared.

/** The shortest literal there is: shorter secrets would mask ordinary text (Redactor.addSecret). */
export const MIN_LITERAL_LENGTH = 4;

export interface LiteralMatcher {
  /** `text` with every occurrence of a literal replaced by `mask`. */
  replaceAll(text: string, mask: string): string;
}

export function createLiteralMatcher(literals: Iterable<string>): LiteralMatcher {
  const byStart = new Map<string, string[]>();
  for (const literal of literals) {
    const start = literal.slice(0, MIN_LITERAL_LENGTH);
    const group = byStart.get(start);
    if (group) group.push(literal);
    else byStart.set(start, [literal]);
  }
  for (const group of byStart.values()) group.sort((a, b) => b.length - a.length);

  return {
    replaceAll(text, mask) {
      const starts: number[] = [];
      for (const start of byStart.keys()) {
        for (let at = text.indexOf(start); at !== -1; at = text.indexOf(start, at + 1)) starts.push(at);
      }
      if (starts.length === 0) return text;
      starts.sort((a, b) => a - b);
      let out = '';
      let copied = 0;
      for (const at of starts) {
        if (at < copied) continue; // inside the literal masked before
        const group = byStart.get(text.slice(at, at + MIN_LITERAL_LENGTH)) as string[];
        const literal = group.find((candidate) => text.startsWith(candidate, at));
        if (literal === undefined) continue;
        out += `${text.slice(copied, at)}${mask}`;
        copied = at + literal.length;
      }
      return copied === 0 ? text : out + text.slice(copied);
    },
  };
}
