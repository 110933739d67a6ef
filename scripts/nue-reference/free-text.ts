// The paragraphs between one operation's last table and the next "Code samples": the next
// operation's heading, preceded by a tag name and its description when a new tag starts.
// The dump has no markup left, so this is told apart by position and by shape.
import type { Paragraph } from './paragraphs.js';

export interface FreeText {
  tag?: { name: Paragraph; description: Paragraph[] };
  heading?: Paragraph;
}

/** A tag description is prose; a heading is a short title (some end with a period). */
function isSentence(paragraph: Paragraph): boolean {
  const text = paragraph.text.trim();
  return /[.:]$/.test(text) && text.split(/\s+/).length > 3 && !/^[A-Z][\w-]*( [A-Z][\w-]*)+\.$/.test(text);
}

export function splitFreeText(free: Paragraph[]): FreeText {
  if (free.length === 0) return {};
  if (free.length === 1) return { heading: free[0]! };
  const last = free[free.length - 1]!;
  // "Magic Link" / "Magic Link related operations." with no heading before "Code samples".
  if (isSentence(last)) return { tag: { name: free[0]!, description: free.slice(1) } };
  return { tag: { name: free[0]!, description: free.slice(1, -1) }, heading: last };
}
