// One drift report of a made-up Nue operation, for tests that need a report but not a spec.
import type { DriftReport } from 'creditline/validate';

export function driftReport(fields: Partial<DriftReport> = {}): DriftReport {
  return {
    api: 'nue',
    operationId: 'getThing',
    method: 'GET',
    path: '/things/{id}',
    direction: 'response',
    status: 200,
    kind: 'type',
    in: 'body',
    pointer: '/n',
    expected: 'integer',
    seen: 'string',
    specPointer: '/x',
    count: 1,
    ...fields,
  };
}
