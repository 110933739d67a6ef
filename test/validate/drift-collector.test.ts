// The collector: the same difference seen again raises a count, its JSON Lines read back as the
// same reports, and a line that is not a report (or carries more than one) passes nothing on.
import { createDriftCollector, type DriftReport } from 'creditline/validate';
import { describe, expect, it } from 'vitest';
import { readDriftReports } from '../../src/drift/read-reports.js';
import { asDriftReport, reportsOf } from '../../src/validate/drift-report.js';
import { driftReport } from './drift-report-fixture.js';

const report = (pointer: string, count = 1): DriftReport => ({
  api: 'maileon',
  operationId: 'listContingents',
  method: 'GET',
  path: '/partner/settings/prepaids/contingents',
  direction: 'response',
  status: 200,
  kind: 'missing-property',
  in: 'body',
  pointer,
  expected: 'required string',
  seen: 'absent',
  specPointer: '/components/schemas/Contingent/required',
  count,
});

describe('createDriftCollector', () => {
  it('collapses reports of the same kind into one with a count, first seen first', () => {
    const collector = createDriftCollector();
    const { onDrift } = collector;
    for (const pointer of ['/*/author', '/*/name', '/*/author', '/*/author']) onDrift(report(pointer));
    expect(collector.reports()).toEqual([report('/*/author', 3), report('/*/name', 1)]);
    collector.clear();
    expect(collector.reports()).toEqual([]);
    expect(collector.toJsonLines()).toBe('');
  });

  it('writes JSON Lines that read back as the same reports; other lines are skipped and extra fields dropped', () => {
    const collector = createDriftCollector();
    collector.onDrift(report('/*/author', 2));
    collector.onDrift(report('/*/name'));
    const lines = collector.toJsonLines().split('\n');
    expect(lines).toHaveLength(3);
    const withExtra = JSON.stringify({ ...report('/*/author', 5), value: 'VALUE-leaked' });
    const read = readDriftReports([{ name: 'drift.jsonl', text: [...lines, '{"api":"nue"}', withExtra].join('\n') }]);
    expect(read.reports).toEqual([report('/*/author', 7), report('/*/name', 1)]);
    expect(read.skipped).toEqual([{ file: 'drift.jsonl', line: 4, problem: 'JSON but not a drift report: `method` is missing or not a string' }]);
    expect(JSON.stringify(read)).not.toContain('VALUE');
  });
});

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
