// The sandbox serves the bundled specs' examples and nothing else: asking it for an example the
// spec does not have (an unknown operation or status, an answer without a body, another media type)
// is an error that names what was asked for, never an empty answer or a bare TypeError.
import { describe, expect, it } from 'vitest';
import { readSpecExamples } from '../../src/sandbox/spec-examples.js';

describe('readSpecExamples', () => {
  const xovi = readSpecExamples('xovi');

  it("follows the bundle's references to the examples of a shared answer", () => {
    // getCreditstate's 200 is a $ref to components/responses/Creditstate in the bundle.
    expect(xovi('getCreditstate', '200').length).toBeGreaterThan(0);
    expect(xovi('getCreditstate', '200', 'application/xml').every((example) => typeof example === 'string')).toBe(true);
  });

  it.each([
    ['an operation the spec does not have', 'getNothing', '200', undefined],
    ['a status the operation does not answer', 'getCreditstate', '599', undefined],
    ['an answer without a body (the login redirect)', 'getCreditstate', '302', undefined],
    ['a media type the answer does not come in', 'getCreditstate', '200', 'text/csv'],
  ])('names %s', (_, operationId, status, mediaType) => {
    expect(() => xovi(operationId, status, mediaType)).toThrow(
      new Error(`creditline sandbox: the xovi spec has no ${mediaType ?? 'application/json'} example of ${operationId} ${status}`),
    );
  });
});
