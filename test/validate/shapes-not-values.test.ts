// Reports carry shapes, never values: keys of maps and items of lists are `*` in pointers, an
// unknown property keeps its name only when it reads like a field name, and what was seen is a
// type with a hint of its shape.
import { createNueClient } from 'creditline/nue';
import { type DriftReport, withValidation } from 'creditline/validate';
import { createXoviClient } from 'creditline/xovi';
import { describe, expect, it } from 'vitest';
import { looksLikeFieldName, shapeOf } from '../../src/validate/shape.js';
import { sendJson, useServer } from '../support/http-server.js';
import { CREDIT_STATE_ANSWER } from '../support/xovi-credit-state.js';

async function reportsFor(api: 'nue' | 'xovi', body: unknown): Promise<DriftReport[]> {
  const server = await useServer((_request, response) => sendJson(response, 200, body));
  const reports: DriftReport[] = [];
  const validate = { responses: 'report', onDrift: (report: DriftReport) => reports.push(report) } as const;
  // Raw typed calls: the helpers would refuse these answers, the reports are what is looked at.
  if (api === 'xovi') {
    const xovi = withValidation(createXoviClient({ apiKey: 'xovi-key-0000', baseUrl: server.origin }), 'xovi', validate);
    await xovi.GET('/user/getCreditstate/{key}/{format}', { params: { path: { format: 'json' } } });
  } else {
    const nue = withValidation(createNueClient({ auth: { apiKey: 'nue-key' }, baseUrl: server.origin }), 'nue', validate);
    await nue.GET('/customers/{customerId}/credit-stats', { params: { path: { customerId: 'c' }, query: { accountPoolIds: ['p'] } } });
  }
  return reports;
}

describe('what a report may say about a value', () => {
  it('writes map keys as *: a pool id is data', async () => {
    const reports = await reportsFor('nue', { status: 'success', data: { accountCreditPoolStats: { 'a0B5g000001XyZ-pool': { totalBalance: true } } } });
    expect(reports.map(({ kind, pointer, seen }) => ({ kind, pointer, seen }))).toEqual([
      { kind: 'type', pointer: '/data/accountCreditPoolStats/*/totalBalance', seen: 'boolean' },
    ]);
  });

  it('names an unknown property only when it reads like a field name', async () => {
    const apiResult = {
      ...CREDIT_STATE_ANSWER.apiResult,
      creditsReserved: 3,
      a0B5g000001XyZ: 1,
      'ops@example.com': 'x',
      '4f9c2a1e-0000-4000-8000-1234567890ab': 2,
    };
    const reports = await reportsFor('xovi', { ...CREDIT_STATE_ANSWER, apiResult });
    expect(reports.map(({ kind, pointer, seen }) => ({ kind, pointer, seen }))).toEqual([
      { kind: 'unknown-property', pointer: '/apiResult/creditsReserved', seen: 'integer' },
      { kind: 'unknown-property', pointer: '/apiResult/*', seen: 'integer' },
      { kind: 'unknown-property', pointer: '/apiResult/*', seen: 'string' },
    ]);
    expect(JSON.stringify(reports)).not.toMatch(/a0B5g|ops@|4f9c2a1e/);
  });

  it('describes what was seen by type and shape: numeric, boolean and empty strings, numbers that are not integers, null', async () => {
    const apiResult = {
      ...CREDIT_STATE_ANSWER.apiResult,
      creditamount: '1000',
      creditsleft: 'true',
      creditsused: '',
      bookedCreditamount: 1.5,
      refillintervall: null,
    };
    const reports = await reportsFor('xovi', { ...CREDIT_STATE_ANSWER, apiResult });
    expect(Object.fromEntries(reports.map(({ pointer, seen }) => [pointer, seen]))).toEqual({
      '/apiResult/creditamount': 'string (numeric)',
      '/apiResult/creditsleft': 'string (boolean)',
      '/apiResult/creditsused': 'string (empty)',
      '/apiResult/bookedCreditamount': 'number',
      '/apiResult/refillintervall': 'null',
    });
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
