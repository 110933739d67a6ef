// What a line of a collector's output must hold to be read back as a report, and what a report may
// say about a value (its shape, never the value).
import { describe, expect, it } from 'vitest';
import { asDriftReport, type DriftReport, reportsOf } from '../../src/validate/drift-report.js';
import { looksLikeFieldName, shapeOf } from '../../src/validate/shape.js';
import { driftReport } from './drift-report-fixture.js';

const REPORT: DriftReport = driftReport({ count: 3 });

describe('reading a report back', () => {
  it('reads a whole report, and one without operationId and status, with its own fields only', () => {
    expect(asDriftReport({ ...REPORT, extra: 'dropped' })).toStrictEqual(REPORT);
    const { operationId: _id, status: _status, ...bare } = REPORT;
    expect(asDriftReport({ ...bare, direction: 'request' })).toStrictEqual({ ...bare, direction: 'request' });
  });

  it('refuses what is not an object', () => {
    for (const value of [null, undefined, 0, 'text', true]) expect(asDriftReport(value)).toBeUndefined();
  });

  it('refuses a report with a field of the wrong type or value', () => {
    const broken: Array<Record<string, unknown>> = [
      ...['api', 'method', 'path', 'pointer', 'expected', 'seen', 'specPointer'].map((field) => ({ [field]: 1 })),
      { operationId: 7 },
      { direction: 'sideways' },
      { direction: undefined },
      { status: 2.5 },
      { status: '200' },
      { kind: 'typo' },
      { in: 'cookie' },
      { count: 0 },
      { count: 1.5 },
      { count: '1' },
    ];
    for (const fields of broken) expect([fields, asDriftReport({ ...REPORT, ...fields })]).toEqual([fields, undefined]);
  });

  it('makes reports without operationId or status keys when the call has none', () => {
    const [report] = reportsOf({ api: 'nue', method: 'GET', path: '/p', direction: 'request' }, [
      { in: 'query', finding: { kind: 'type', pointer: '/q', expected: 'integer', seen: 'string', specPointer: '/s' } },
    ]);
    expect(Object.keys(report ?? {})).not.toContain('operationId');
    expect(Object.keys(report ?? {})).not.toContain('status');
  });
});

describe('shapes of values', () => {
  it('names each shape', () => {
    const shapes = [undefined, null, [], 1, 1.5, '', ' ', '12', ' 12 ', 'Infinity', 'true', 'false', 'text', {}, false].map(shapeOf);
    expect(shapes).toEqual([
      'absent',
      'null',
      'array',
      'integer',
      'number',
      'string (empty)',
      'string',
      'string (numeric)',
      'string (numeric)',
      'string',
      'string (boolean)',
      'string (boolean)',
      'string',
      'object',
      'boolean',
    ]);
  });

  it('takes a name for a field name unless it holds a run of four digits', () => {
    expect(['name', 'v123', 'x_1_2_3', '$ref'].map(looksLikeFieldName)).toEqual([true, true, true, true]);
    expect(['v1234', 'a0B5g000001XyZ', '1abc', 'a-b', 'x'.repeat(41)].map(looksLikeFieldName)).toEqual([false, false, false, false, false]);
  });
});
