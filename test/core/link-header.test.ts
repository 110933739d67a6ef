import { describe, expect, it } from 'vitest';
import { findLink, parseLinkHeader } from '../../src/core/pagination/link-header.js';

describe('parseLinkHeader (RFC 8288)', () => {
  it('reads several links with quoted and bare rel values', () => {
    const links = parseLinkHeader('<https://a.example/p?page=1>; rel="start", <https://a.example/p?page=2>; rel=next');
    expect(links).toEqual([
      { uri: 'https://a.example/p?page=1', rel: ['start'] },
      { uri: 'https://a.example/p?page=2', rel: ['next'] },
    ]);
  });

  it('reads past commas, semicolons, parameters and links inside quoted values', () => {
    const links = parseLinkHeader('<https://a.example/1>; title="a, <https://b.example/>; rel=prev"; rel="next", <https://a.example/2>; rel="last"');
    expect(links).toEqual([
      { uri: 'https://a.example/1', rel: ['next'] },
      { uri: 'https://a.example/2', rel: ['last'] },
    ]);
  });

  it('splits space-separated relation types and matches them case-insensitively', () => {
    const links = parseLinkHeader('<https://a.example/2>; REL="Next Last"');
    expect(findLink(links, 'next')).toBe('https://a.example/2');
    expect(findLink(links, 'last')).toBe('https://a.example/2');
  });

  it('uses only the first rel parameter of a link', () => {
    expect(parseLinkHeader('<https://a.example/2>; rel="next"; rel="prev"')[0]?.rel).toEqual(['next']);
  });

  it("skips entries without a URI, as in the docs' stripped example", () => {
    expect(parseLinkHeader('; rel="start"; ; rel="next"')).toEqual([]);
    expect(parseLinkHeader(null)).toEqual([]);
  });
});
