// What nue.jobs.wait reads from each kind's status answer: progress counts, error details and
// error codes, and how status words are compared.
import { isNueJobError, isResponseParseError, type NueJobKind, type NueJobProgress } from 'creditline/nue';
import { describe, expect, it } from 'vitest';
import { caught } from '../support/caught.js';
import { SOLO_AUTH, setup } from './fixtures.js';

const FAST = { intervalMs: 1, maxIntervalMs: 2 };

/** Waits for a job whose only answer is `body` and returns the progress reported for it. */
async function progressOf(kind: NueJobKind, body: unknown): Promise<Pick<NueJobProgress, 'done' | 'total'>> {
  const context = await setup({ auth: SOLO_AUTH });
  context.server.setJob(kind, 'job-p', [{ body }]);
  const seen: NueJobProgress[] = [];
  await context.nue.jobs.wait({ kind, jobId: 'job-p' }, { ...FAST, onProgress: (p) => seen.push(p) });
  expect(seen).toHaveLength(1);
  const [progress] = seen;
  return { done: progress?.done, total: progress?.total };
}

/** Waits for a job that fails with `body` and returns the NueJobError's details. */
async function failureOf(kind: NueJobKind, answer: { body?: unknown; raw?: string }) {
  const context = await setup({ auth: SOLO_AUTH });
  context.server.setJob(kind, 'job-f', [answer]);
  const error = await caught(context.nue.jobs.wait({ kind, jobId: 'job-f' }, FAST));
  expect(isNueJobError(error)).toBe(true);
  const { errorCode, errors } = error as { errorCode: unknown; errors: unknown };
  return { errorCode, errors };
}

describe('nue.jobs.wait: progress counts', () => {
  const STATUS_MIX = [
    { status: 'Completed' },
    { status: 'partialcompleted' },
    { status: 'FAILED' },
    { status: 'Error' },
    { status: 'Processing' },
    { status: 'NotCompleted' },
    { status: 'Completed later' },
    { status: 3 },
    {},
    null,
  ];

  it.each<[string, NueJobKind, unknown, { done: number | undefined; total: number | undefined }]>([
    ['batches of a sync job', 'orders-fields-sync', { status: 'Completed', totalBatches: 5, batchesProcessed: 2 }, { done: 2, total: 5 }],
    ['batches inside data', 'billing-orders-sync', { data: { status: 'Completed', totalBatches: 3, batchesProcessed: 3 } }, { done: 3, total: 3 }],
    ['no batch count without the processed count', 'orders-fields-sync', { status: 'Completed', totalBatches: 5 }, { done: undefined, total: undefined }],
    ['no batch count without the total', 'orders-fields-sync', { status: 'Completed', batchesProcessed: 5 }, { done: undefined, total: undefined }],
    [
      'no batch count from strings',
      'orders-fields-sync',
      { status: 'Completed', totalBatches: '5', batchesProcessed: 2 },
      { done: undefined, total: undefined },
    ],
    ['finished stages of a change-order job', 'change-order-in-bulk', { status: 'Completed', stages: STATUS_MIX }, { done: 4, total: 10 }],
    ['finished objects of an export', 'export', { status: 'Completed', objects: STATUS_MIX }, { done: 4, total: 10 }],
    [
      'objects when the stages are empty',
      'export',
      { status: 'Completed', stages: [], objects: [{ status: 'Completed' }, { status: 'Queued' }] },
      { done: 1, total: 2 },
    ],
    ['stages before objects', 'export', { status: 'Completed', stages: [{ status: 'Queued' }], objects: [{ status: 'Completed' }] }, { done: 0, total: 1 }],
    [
      'the sum of a transaction-hub upload',
      'transaction-hub-upload',
      { status: 'Completed', result: { successCount: 5, skipCount: 2, failureCount: 1 } },
      { done: 8, total: undefined },
    ],
    ['a single count', 'transaction-hub-upload', { status: 'Completed', result: { skipCount: 4 } }, { done: 4, total: undefined }],
    ['only numeric counts', 'transaction-hub-upload', { status: 'Completed', result: { successCount: '5', failureCount: 2 } }, { done: 2, total: undefined }],
    [
      'nothing from a result without counts',
      'transaction-hub-upload',
      { status: 'Completed', result: { successCount: '5' } },
      { done: undefined, total: undefined },
    ],
    ['nothing from a result that is an array', 'transaction-hub-upload', { status: 'Completed', result: [5] }, { done: undefined, total: undefined }],
    ['nothing from a bare status', 'usage-async', { status: 'Completed' }, { done: undefined, total: undefined }],
  ])('%s', async (_name, kind, body, expected) => {
    expect(await progressOf(kind, body)).toEqual(expected);
  });

  it('reports nothing for a bare status word', async () => {
    expect(await progressOf('import', 'Completed')).toEqual({ done: undefined, total: undefined });
  });
});

describe('nue.jobs.wait: the job object of a data-wrapped answer', () => {
  it.each([
    ['a string', 'job-7'],
    ['an array', [{ status: 'Failed' }]],
    ['null', null],
  ])('reads the status beside `data` when `data` is %s', async (_name, data) => {
    const context = await setup({ auth: SOLO_AUTH });
    context.server.setJob('billing-orders-sync', 'w-1', [{ body: { status: 'Completed', data } }]);
    const result = await context.nue.jobs.wait({ kind: 'billing-orders-sync', jobId: 'w-1' }, FAST);
    expect(result).toMatchObject({ status: 'Completed', polls: 1 });
  });
});

describe('nue.jobs.wait: error details of a failed job', () => {
  it('reads the nested error of a usage job, both its messages and its code', async () => {
    expect(
      await failureOf('usage-async', { body: { status: 'Failed', error: { errorCode: 'RATE_2', errorMessage: 'no price', message: 'see docs' } } }),
    ).toEqual({
      errorCode: 'RATE_2',
      errors: ['no price', 'see docs'],
    });
  });

  it('prefers the top-level errorCode and reads each error list of a transaction-hub upload, once each', async () => {
    const body = {
      status: 'Failed',
      errorCode: 'TOP',
      error: { errorCode: 'NESTED' },
      errorMessage: 'upload failed',
      errors: ['row 1', { errorMessage: 'row 2' }, { message: 'row 3' }, 'row 1', '   ', 7, null],
      result: {
        errors: [
          { errorMessage: 'r1' },
          { description: 'r2' },
          { errorMessage: 'r3', description: 'ignored' },
          null,
          'plain',
          { description: 'upload failed' },
        ],
      },
    };
    expect(await failureOf('transaction-hub-upload', { body })).toEqual({
      errorCode: 'TOP',
      errors: ['upload failed', 'row 1', 'row 2', 'row 3', 'r1', 'r2', 'r3'],
    });
  });

  it.each([
    ['empty', ''],
    ['a number', 42],
    ['an object', { code: 'X' }],
  ])('has no errorCode when the code is %s', async (_name, errorCode) => {
    expect((await failureOf('orders-fields-sync', { body: { status: 'Failed', errorCode, errorMessage: 'm' } })).errorCode).toBeUndefined();
  });

  it('falls back to the nested code', async () => {
    expect((await failureOf('usage-async', { body: { status: 'Error', error: { errorCode: 'N1' } } })).errorCode).toBe('N1');
  });

  it('prefixes export object errors with the object name, when there is one', async () => {
    const body = {
      status: 'Failed',
      objects: [{ name: 'Account', errors: ['bad row', { row: 4 }] }, { errors: ['unnamed'] }, { name: 7, errors: ['numbered'] }, null, 'Product'],
    };
    expect((await failureOf('export', { body })).errors).toEqual(['Account: bad row', 'unnamed', 'numbered']);
  });

  it('names each failed stage of a change-order job', async () => {
    const body = {
      status: 'Failed',
      error: 'price book missing',
      stages: [
        { id: 's1', status: 'Failed' },
        { id: 's2', status: 'error' },
        { status: 'FAILED' },
        { id: 4, status: 'Error' },
        { id: 's5', status: 'Completed' },
        { id: 's6', status: 'NotFailed' },
        { id: 's7', status: 'Failed later' },
        { id: 's8' },
        null,
      ],
    };
    expect(await failureOf('change-order-in-bulk', { body })).toEqual({
      errorCode: undefined,
      errors: ['price book missing', 'stage s1 Failed', 'stage s2 error', 'stage ? FAILED', 'stage ? Error'],
    });
  });

  it('a bare failed status word has no details', async () => {
    expect(await failureOf('import', { raw: 'Failed' })).toEqual({ errorCode: undefined, errors: [] });
  });
});

describe('nue.jobs.wait: status words', () => {
  it('compares statuses ignoring case', async () => {
    const context = await setup({ auth: SOLO_AUTH });
    // A second poll would fail: the wait must end on the first.
    context.server.setJob('usage-async', 'c-1', [{ body: { status: 'COMPLETED' } }, { body: {} }]);
    const result = await context.nue.jobs.wait({ kind: 'usage-async', jobId: 'c-1' }, FAST);
    expect(result).toMatchObject({ status: 'COMPLETED', partial: false, polls: 1 });
  });

  it('an answer without a status is a ResponseParseError naming the status field and the job URL', async () => {
    const context = await setup({ auth: SOLO_AUTH });
    context.server.setJob('billing-orders-sync', 'j 1', [{ body: { data: { id: 'j 1' } } }]);
    const error = await caught(context.nue.jobs.wait({ kind: 'billing-orders-sync', jobId: 'j 1' }, FAST));
    expect(isResponseParseError(error)).toBe(true);
    expect((error as Error).message).toContain('data.status');
    expect(error).toMatchObject({ method: 'GET', url: `${context.server.origin}/v1/billing/orders/sync-jobs/j%201` });
  });
});
