// Finds many literal strings in a text at once, leftmost first and the longest at each place.
// The hex digits of a literal's percent escapes match in either case (`%2F` and `%2f`, as
// servers echo both); every other character matches as it is.
//
// Why not one RegExp alternation: a Nue client adds two tokens at every renewal, each in eight
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

interface Literal {
  text: string;
  /** Indexes of the hex letters (A–F) of its percent escapes: either case matches there. */
  caseless: number[];
}

export function createLiteralMatcher(literals: Iterable<string>): LiteralMatcher {
  const byStart = new Map<string, Literal[]>();
  for (const text of literals) {
    const literal = { text, caseless: escapeLetters(text) };
    for (const start of startsOf(literal)) {
      const group = byStart.get(start);
      if (group) group.push(literal);
      else byStart.set(start, [literal]);
    }
  }
  for (const group of byStart.values()) group.sort((a, b) => b.text.length - a.text.length);

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
        const group = byStart.get(text.slice(at, at + MIN_LITERAL_LENGTH)) as Literal[];
        const literal = group.find((candidate) => matchesAt(text, at, candidate));
        if (literal === undefined) continue;
        out += `${text.slice(copied, at)}${mask}`;
        copied = at + literal.text.length;
      }
      return copied === 0 ? text : out + text.slice(copied);
    },
  };
}

function matchesAt(text: string, at: number, literal: Literal): boolean {
  if (text.startsWith(literal.text, at)) return true;
  if (literal.caseless.length === 0 || at + literal.text.length > text.length) return false;
  let next = 0; // the next caseless index
  for (let i = 0; i < literal.text.length; i++) {
    const expected = literal.text.charCodeAt(i);
    const actual = text.charCodeAt(at + i);
    if (i === literal.caseless[next]) {
      next++;
      if ((actual | 0x20) === (expected | 0x20)) continue; // A–F against a–f
      return false;
    }
    if (actual !== expected) return false;
  }
  return true;
}

/** The hex letters of `%XX` escapes written in upper case, as encodeURIComponent writes them. */
function escapeLetters(text: string): number[] {
  const letters: number[] = [];
  for (const percent of text.matchAll(/%([0-9A-F])([0-9A-F])/g)) {
    for (const offset of [1, 2]) if (/[A-F]/.test(percent[0][offset] as string)) letters.push(percent.index + offset);
  }
  return letters;
}

/** Every way the literal's first characters can appear: its caseless letters among them in either case. */
function startsOf(literal: Literal): string[] {
  let starts = [literal.text.slice(0, MIN_LITERAL_LENGTH)];
  for (const index of literal.caseless) {
    if (index >= MIN_LITERAL_LENGTH) break;
    starts = starts.flatMap((start) => [start, `${start.slice(0, index)}${(start[index] as string).toLowerCase()}${start.slice(index + 1)}`]);
  }
  return starts;
}
