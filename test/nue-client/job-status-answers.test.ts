// What nue.jobs.wait reads from each kind's status answer: the status (plain, inside `data` or a
// bare word, in any case), progress counts, and the details of a failed or partial job (errors,
// error code, the billing error log).
import { isNueJobError, isResponseParseError, type NueJobError, type NueJobKind, type NueJobProgress } from 'creditline/nue';
import { describe, expect, it } from 'vitest';
import { caught } from '../support/caught.js';
import { expectClean, SOLO_AUTH, setup } from './fixtures.js';

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

/** Stages of a change-order job; only those whose status is a failure word are named. */
const STAGES = [
  { id: 's1', status: 'Failed' },
  { id: 's2', status: 'error' },
  { status: 'FAILED' },
  { id: 4, status: 'Error' },
  { id: 's5', status: 'Completed' },
  { id: 's6', status: 'NotFailed' },
  { id: 's7', status: 'Failed later' },
  { id: 's8' },
  null,
];
const FAILED_STAGES = ['stage s1 Failed', 'stage s2 error', 'stage ? FAILED', 'stage ? Error'];

describe('nue.jobs.wait: the status of an answer', () => {
  it('reads the status inside `data` for billing order sync jobs, and takes the job id from the start answer', async () => {
    const context = await setup({ auth: SOLO_AUTH });
    context.server.setJob('billing-orders-sync', '14e4dae9', [
      { body: { data: { id: '14e4dae9', status: 'Processing' } } },
      { body: { data: { id: '14e4dae9', status: 'Completed', totalBatches: 1, batchesProcessed: 1 } } },
    ]);
    const ref = context.nue.jobs.ref('billing-orders-sync', { data: { id: '14e4dae9', status: 'Queued' } });
    expect(ref).toEqual({ kind: 'billing-orders-sync', jobId: '14e4dae9' });
    const result = await context.nue.jobs.wait(ref, FAST);
    expect(result).toMatchObject({ status: 'Completed', polls: 2 });
  });

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

  it('accepts a bare status word from the import status endpoint', async () => {
    const context = await setup({ auth: SOLO_AUTH });
    context.server.setJob('import', 'imp-1', [{ raw: 'Processing' }, { raw: 'Completed' }]);
    const result = await context.nue.jobs.wait(context.nue.jobs.ref('import', 'imp-1'), FAST);
    expect(result).toMatchObject({ status: 'Completed', job: 'Completed', polls: 2 });
  });

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

  it('a status answer that is HTML, empty, malformed JSON or without status is a ResponseParseError', async () => {
    const context = await setup({ auth: SOLO_AUTH });
    const answers = [
      { raw: '<html><body>Gateway</body></html>', contentType: 'text/html' },
      { raw: '', contentType: 'application/json' },
      { raw: '{"status": "Proc', contentType: 'application/json' },
      { body: { state: 'Completed' } },
    ];
    for (const [index, answer] of answers.entries()) {
      context.server.setJob('revenue-builder-import', `rb-${index}`, [answer]);
      const error = await caught(context.nue.jobs.wait({ kind: 'revenue-builder-import', jobId: `rb-${index}` }, FAST));
      expect(isResponseParseError(error), JSON.stringify(answer)).toBe(true);
      expect(error).toMatchObject({ method: 'GET', pathTemplate: '/v1/cpq/async/imports/revenue-builder-data/{jobId}' });
    }
  });
});

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

describe('nue.jobs.wait: a failed or partial job', () => {
  it('a failed job is a NueJobError with the error details and the billing error log', async () => {
    const context = await setup({ auth: SOLO_AUTH });
    context.server.setJob('billing-invoices-sync', 'inv-9', [
      { body: { id: 'inv-9', status: 'Processing' } },
      { body: { id: 'inv-9', status: 'Error', errorCode: 'SF_LIMIT', errorMessage: 'Salesforce API limit reached' } },
    ]);
    context.server.errorLogs.set('inv-9', 'invoiceId,error\nINV-1,Account locked\n');

    const error = await caught(context.nue.jobs.wait({ kind: 'billing-invoices-sync', jobId: 'inv-9' }, FAST));
    expect(isNueJobError(error)).toBe(true);
    expect(error).toMatchObject({
      kind: 'billing-invoices-sync',
      jobId: 'inv-9',
      status: 'Error',
      partial: false,
      errorCode: 'SF_LIMIT',
      errors: ['Salesforce API limit reached'],
      errorLog: 'invoiceId,error\nINV-1,Account locked\n',
    });
    expect((error as Error).message).toBe('Nue billing-invoices-sync job inv-9 failed (status Error) [SF_LIMIT]: Salesforce API limit reached');
    expect(context.server.requestsTo('/v1/billing/job/inv-9/error-log')).toHaveLength(1);
    expectClean(error, context);
  });

  it('a failed job without an error log still fails with its details', async () => {
    const context = await setup({ auth: SOLO_AUTH });
    context.server.setJob('billing-orders-sync', 'ord-3', [{ body: { data: { id: 'ord-3', status: 'Failed', errorMessage: 'boom' } } }]);
    const error = await caught(context.nue.jobs.wait({ kind: 'billing-orders-sync', jobId: 'ord-3' }, FAST));
    expect(error).toMatchObject({ name: 'NueJobError', status: 'Failed', errors: ['boom'], errorLog: undefined });
  });

  it('logs at debug level, with the error-log URL, when the error log cannot be read', async () => {
    const context = await setup({ auth: SOLO_AUTH });
    context.server.setJob('billing-invoices-sync', 'inv 4', [{ body: { status: 'Failed', errorMessage: 'boom' } }]);
    const error = await caught(context.nue.jobs.wait({ kind: 'billing-invoices-sync', jobId: 'inv 4' }, FAST));
    expect(isNueJobError(error)).toBe(true);
    expect(error).toMatchObject({ errors: ['boom'], errorLog: undefined });
    const line = context.log.find((entry) => entry.message.startsWith('could not read the error log'));
    expect(line).toMatchObject({
      level: 'debug',
      message: 'could not read the error log of Nue job inv 4: NueApiError',
      method: 'GET',
      url: `${context.server.origin}/v1/billing/job/inv%204/error-log`,
    });
  });

  it('PartialCompleted is a partial NueJobError naming the failed stages, unless acceptPartial is set', async () => {
    const context = await setup({ auth: SOLO_AUTH });
    context.server.setJob('change-order-in-bulk', 'co-1', [{ body: { id: 'co-1', status: 'PartialCompleted', stages: STAGES } }]);
    const error = await caught(context.nue.jobs.wait({ kind: 'change-order-in-bulk', jobId: 'co-1' }, FAST));
    expect(error).toMatchObject({ name: 'NueJobError', partial: true, status: 'PartialCompleted', errors: FAILED_STAGES });
    const result = await context.nue.jobs.wait({ kind: 'change-order-in-bulk', jobId: 'co-1' }, { ...FAST, acceptPartial: true });
    expect(result).toMatchObject({ status: 'PartialCompleted', partial: true });
  });
});

describe('nue.jobs.wait: error details of a failed job', () => {
  it('collects the documented error fields of export, usage, transaction-hub and change-order jobs', async () => {
    const context = await setup({ auth: SOLO_AUTH });
    const cases: Array<[NueJobKind, unknown, string[]]> = [
      ['export', { status: 'Failed', objects: [{ name: 'Product', status: 'Failed', errors: ['bad row 3'] }] }, ['Product: bad row 3']],
      ['usage-async', { status: 'Failed', error: { errorCode: 'RATE_1', errorMessage: 'no price tag' } }, ['no price tag']],
      [
        'transaction-hub-upload',
        { status: 'Failed', errorMessage: 'upload failed', result: { failureCount: 1, errors: [{ errorMessage: 'unknown nueId' }] } },
        ['upload failed', 'unknown nueId'],
      ],
      [
        'change-order-in-bulk',
        { id: 'c', status: 'Failed', error: 'price book missing', stages: [{ id: 'st-1', status: 'Failed' }] },
        ['price book missing', 'stage st-1 Failed'],
      ],
    ];
    for (const [kind, body, errors] of cases) {
      context.server.setJob(kind, `${kind}-1`, [{ body }]);
      const error = (await caught(context.nue.jobs.wait({ kind, jobId: `${kind}-1` }, FAST))) as NueJobError;
      expect(error.errors, kind).toEqual(errors);
    }
  });

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
    expect(await failureOf('change-order-in-bulk', { body: { status: 'Failed', error: 'price book missing', stages: STAGES } })).toEqual({
      errorCode: undefined,
      errors: ['price book missing', ...FAILED_STAGES],
    });
  });

  it('a bare failed status word has no details', async () => {
    expect(await failureOf('import', { raw: 'Failed' })).toEqual({ errorCode: undefined, errors: [] });
  });
});
