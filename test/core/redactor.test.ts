import { describe, expect, it } from 'vitest';
import { Redactor } from '../../src/core/redaction/redactor.js';

describe('Redactor', () => {
  const redactor = new Redactor(['path-key-123', 'p@ss word!']);

  it('masks secret query parameters by name and secrets in paths', () => {
    expect(redactor.url('https://h.example/api/user/getCreditstate/path-key-123/json?key=other-value&page=2')).toBe(
      'https://h.example/api/user/getCreditstate/***/json?key=***&page=2',
    );
  });

  it('masks URL-encoded and base64 forms of a secret', () => {
    expect(redactor.text(`q=${encodeURIComponent('p@ss word!')}`)).toBe('q=***');
    expect(redactor.text(`Basic ${Buffer.from('p@ss word!').toString('base64')}`)).toBe('Basic ***');
  });

  it('masks the percent-encoded forms echoed with their escapes in lower case', () => {
    const own = new Redactor(['a/b c~d']);
    expect(own.text('path a%2fb%20c~d query a%2fb+c%7ed')).toBe('path *** query ***');
  });

  it('masks the form a sent URL carries with its escapes in both cases, when whatever wrote the URL used lower case', () => {
    // e.g. a middleware that escapes more than encodeURIComponent does, and in lower case; the server normalises the case
    const own = new Redactor(['a/b-c.d']);
    own.noteUrl('https://h.example/api/a%2fb%2dc%2ed/json');
    expect(own.text('sent a%2fb%2dc%2ed, echoed a%2Fb%2Dc%2Ed')).toBe('sent ***, echoed ***');
  });

  it("masks the form-encoded form a query string gives a secret (space as +, !'()~ escaped)", () => {
    const secret = "k3y with spaces!'()~*";
    const form = new URLSearchParams({ key: secret }).toString().slice('key='.length);
    expect(form).toContain('+');
    const own = new Redactor([secret]);
    expect(own.text(`echo: key=${form}&x=1`)).toBe('echo: key=***&x=1');
    expect(own.text(`path ${encodeURIComponent(secret)} raw ${secret}`)).toBe('path *** raw ***');
  });

  it('masks userinfo in URLs', () => {
    expect(redactor.url('https://user:pw@h.example/x')).toBe('https://***:***@h.example/x');
  });

  it('stops masking a retired secret in every form, keeps masking the others, and masks it again when added again', () => {
    const own = new Redactor(['kept-secret-1', 'retired/secret 2']);
    own.retireSecret('retired/secret 2');
    expect(own.text(`kept-secret-1 retired/secret 2 ${encodeURIComponent('retired/secret 2')}`)).toBe(
      `*** retired/secret 2 ${encodeURIComponent('retired/secret 2')}`,
    );
    own.retireSecret('never-added-secret'); // nothing to do
    own.addSecret('retired/secret 2');
    expect(own.text(`a ${encodeURIComponent('retired/secret 2')} b`)).toBe('a *** b');
  });

  it('masks secrets learned later, deep inside parsed bodies', () => {
    const late = new Redactor();
    late.addSecret('token-learned-later');
    expect(late.value({ a: ['x token-learned-later y', 3], b: { c: 'token-learned-later' } })).toEqual({ a: ['x *** y', 3], b: { c: '***' } });
  });
});
