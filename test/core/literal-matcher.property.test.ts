// The literal matcher behind the Redactor against the simplest correct answer: one RegExp
// alternation of the literals, longest first (what the Redactor used before it had to scale to
// a day of Nue tokens).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLiteralMatcher } from '../../src/core/redaction/literal-matcher.js';
import { PROPERTY_RUNS as RUNS } from '../support/property-runs.js';

function referenceReplaceAll(literals: string[], text: string, mask: string): string {
  const pattern = [...literals]
    .sort((a, b) => b.length - a.length)
    .map((literal) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
  return text.replace(new RegExp(pattern, 'g'), mask);
}

// Few distinct characters, so that literals overlap, share starts and sit inside each other,
// and near copies of the literals (some characters in the other case) in the text.
const unit = fc.constantFrom('a', 'b', 'A', 'B', 'f', 'F', '2', '%', '.', '=');
const literal = fc.string({ unit, minLength: 4, maxLength: 9 });
/** A piece of text: random, or one of the literals with the case of some characters swapped (`flips`). */
const piece = fc.oneof(fc.string({ unit, maxLength: 6 }), fc.record({ pick: fc.nat(), flips: fc.array(fc.boolean(), { maxLength: 9 }) }));

function swapCase(text: string, flips: boolean[]): string {
  return [...text].map((char, i) => (flips[i] ? (char === char.toLowerCase() ? char.toUpperCase() : char.toLowerCase()) : char)).join('');
}

describe('createLiteralMatcher', () => {
  it('masks what the alternation of the literals masks, in any text', () => {
    fc.assert(
      fc.property(fc.array(literal, { minLength: 1, maxLength: 6 }), fc.array(piece, { maxLength: 8 }), (literals, pieces) => {
        const text = pieces.map((p) => (typeof p === 'string' ? p : swapCase(literals[p.pick % literals.length] as string, p.flips))).join('');
        expect(createLiteralMatcher(literals).replaceAll(text, '#')).toBe(referenceReplaceAll(literals, text, '#'));
      }),
      RUNS,
    );
  });

  it('leaves a text without any literal as it was', () => {
    const matcher = createLiteralMatcher(['a%2Fb%20c', 'token-1234']);
    const untouched = 'nothing secret here, not even token-123 or a%2fb%20c';
    expect(matcher.replaceAll(untouched, '***')).toBe(untouched);
    expect(matcher.replaceAll('x=a%2Fb%20c&token-1234', '***')).toBe('x=***&***');
  });

  it('does not mask again inside what it masked: overlapping occurrences are one', () => {
    expect(createLiteralMatcher(['aaaa']).replaceAll('aaaaa', '#')).toBe('#a');
    expect(createLiteralMatcher(['abab', 'baba']).replaceAll('ababab', '#')).toBe('#ab');
  });

  it('masks the longest literal where several start at the same place, and each of many sharing a start', () => {
    const tokens = Array.from({ length: 2000 }, (_, i) => `eyJhbGciOi.${i}.signature`);
    const matcher = createLiteralMatcher(['eyJhbGciOi', ...tokens]);
    expect(matcher.replaceAll(`a ${tokens[1234]} b ${tokens[7]} c eyJhbGciOi d`, '***')).toBe('a *** b *** c *** d');
  });
});
