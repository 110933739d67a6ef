import {
  createNueClient,
  isAbortError,
  isNueApiError,
  isNueJobError,
  isNueJobTimeoutError,
  isResponseParseError,
  type NueJobError,
  type NueJobKind,
  type NueJobProgress,
} from 'creditline/nue';
import { describe, expect, it } from 'vitest';
import { NUE_JOB_KINDS } from '../../src/nue/jobs/job-kinds.js';
import { caught } from '../support/caught.js';
import { useServer } from '../support/http-server.js';
import { JOB_PATHS } from './fake-nue-server.js';
import { expectClean, KEY_SOLO, SOLO_AUTH, setup, until } from './fixtures.js';

const FAST = { intervalMs: 1, maxIntervalMs: 2 };

describe('nue.jobs.wait', () => {
  it('polls a sync job until Completed, reporting progress on every poll', async () => {
    const context = await setup({ auth: SOLO_AUTH });
    const job = (status: string, batchesProcessed: number) => ({
      body: { id: 'job-1', status, totalBatches: 4, batchesProcessed, errorCode: '', errorMessage: '' },
    });
    context.server.setJob('orders-fields-sync', 'job-1', [job('Queued', 0), job('Processing', 1), job('Processing', 3), job('Completed', 4)]);

    const progress: NueJobProgress[] = [];
    const result = await context.nue.jobs.wait({ kind: 'orders-fields-sync', jobId: 'job-1' }, { ...FAST, onProgress: (p) => progress.push(p) });

    expect(result).toMatchObject({ kind: 'orders-fields-sync', jobId: 'job-1', status: 'Completed', partial: false, polls: 4 });
    expect(progress.map((p) => [p.status, p.done, p.total, p.polls])).toEqual([
      ['Queued', 0, 4, 1],
      ['Processing', 1, 4, 2],
      ['Processing', 3, 4, 3],
      ['Completed', 4, 4, 4],
    ]);
    const polls = context.server.requestsTo('/v1/orders/fields-sync-jobs/job-1');
    expect(polls).toHaveLength(4);
    expect(polls.every((poll) => poll.headers.apiaccesskey === KEY_SOLO && poll.headers.authorization?.startsWith('Bearer '))).toBe(true);
  });

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

  it('accepts a bare status word from the import status endpoint', async () => {
    const context = await setup({ auth: SOLO_AUTH });
    context.server.setJob('import', 'imp-1', [{ raw: 'Processing' }, { raw: 'Completed' }]);
    const result = await context.nue.jobs.wait(context.nue.jobs.ref('import', 'imp-1'), FAST);
    expect(result).toMatchObject({ status: 'Completed', job: 'Completed', polls: 2 });
  });

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

  it('PartialCompleted is a partial NueJobError unless acceptPartial is set', async () => {
    const context = await setup({ auth: SOLO_AUTH });
    context.server.setJob('change-order-in-bulk', 'co-1', [
      {
        body: {
          id: 'co-1',
          status: 'PartialCompleted',
          stages: [
            { id: 's1', status: 'Completed' },
            { id: 's2', status: 'Failed' },
          ],
        },
      },
    ]);
    const error = await caught(context.nue.jobs.wait({ kind: 'change-order-in-bulk', jobId: 'co-1' }, FAST));
    expect(error).toMatchObject({ name: 'NueJobError', partial: true, status: 'PartialCompleted', errors: ['stage s2 Failed'] });
    const result = await context.nue.jobs.wait({ kind: 'change-order-in-bulk', jobId: 'co-1' }, { ...FAST, acceptPartial: true });
    expect(result).toMatchObject({ status: 'PartialCompleted', partial: true });
  });

  it('times out by the client clock with NueJobTimeoutError', async () => {
    const context = await setup({ auth: SOLO_AUTH });
    // Every poll takes 10 s of (fake) time; the job never ends.
    context.server.setJob('usage-async', 'slow', [{ body: { status: 'Processing' } }], () => context.clock.advance(10_000));
    const error = await caught(context.nue.jobs.wait({ kind: 'usage-async', jobId: 'slow' }, { ...FAST, timeoutMs: 35_000 }));
    expect(isNueJobTimeoutError(error)).toBe(true);
    expect(error).toMatchObject({ kind: 'usage-async', jobId: 'slow', timeoutMs: 35_000, lastStatus: 'Processing', polls: 4 });
    expect(context.server.requestsTo('/v1/usage/async-jobs/slow')).toHaveLength(4);
  });

  it('cancels a poll that hangs past timeoutMs: NueJobTimeoutError, and the request is closed', async () => {
    let closed = false;
    const server = await useServer((_request, response) => {
      response.on('close', () => {
        closed = true;
      });
    });
    const nue = createNueClient({ baseUrl: server.origin, auth: { apiKey: 'job-key-123456' }, retry: { retries: 0 } });
    const error = await caught(nue.jobs.wait({ kind: 'usage-async', jobId: 'stuck' }, { ...FAST, timeoutMs: 150 }));
    expect(isNueJobTimeoutError(error)).toBe(true);
    expect(error).toMatchObject({ jobId: 'stuck', timeoutMs: 150, polls: 0 });
    await until(() => closed);
    expect(server.requests).toHaveLength(1);
  });

  it('stops on abort with AbortError and polls no more', async () => {
    const context = await setup({ auth: SOLO_AUTH });
    const controller = new AbortController();
    context.server.setJob('transaction-hub-upload', 'th-1', [{ body: { status: 'Queued' } }], (poll) => {
      if (poll === 3) controller.abort(new Error('user cancelled'));
    });
    const error = await caught(context.nue.jobs.wait({ kind: 'transaction-hub-upload', jobId: 'th-1' }, { ...FAST, signal: controller.signal }));
    expect(isAbortError(error)).toBe(true);
    expect((error as Error).message).toBe('waiting for Nue transaction-hub-upload job th-1 was aborted');
    const polls = context.server.requestsTo('/v1/revenue/transaction-hub/async-job/th-1').length;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(context.server.requestsTo('/v1/revenue/transaction-hub/async-job/th-1')).toHaveLength(polls);
    expect(polls).toBe(3);
  });

  it('an unknown job id is the NueApiError 404 of the status endpoint', async () => {
    const context = await setup({ auth: SOLO_AUTH });
    const error = await caught(context.nue.jobs.wait({ kind: 'export', jobId: 'nope' }, FAST));
    expect(isNueApiError(error)).toBe(true);
    expect(error).toMatchObject({
      status: 404,
      operation: 'GET /v1/cpq/async/exports/{jobId}',
      errorCode: 'JOB_NOT_FOUND',
      body: { message: 'Job ID not found' },
    });
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

  it('jobs.status reads one status answer and jobs.errorLog reads a billing job error log', async () => {
    const context = await setup({ auth: SOLO_AUTH });
    context.server.setJob('export', 'exp-1', [{ body: { status: 'Processing', format: 'CSV', objects: [{ name: 'Product', status: 'Processing' }] } }]);
    expect(await context.nue.jobs.status({ kind: 'export', jobId: 'exp-1' })).toEqual({
      status: 'Processing',
      format: 'CSV',
      objects: [{ name: 'Product', status: 'Processing' }],
    });
    context.server.errorLogs.set('bill-7', 'line 1: tax service down');
    expect(await context.nue.jobs.errorLog('bill-7')).toBe('line 1: tax service down');
    expect(isNueApiError(await caught(context.nue.jobs.errorLog('bill-8')))).toBe(true);
  });

  it('reads the job id of a start answer in every form Nue and public code show: string, jobId, jobid, id, data.id', async () => {
    const context = await setup({ auth: SOLO_AUTH });
    const { ref } = context.nue.jobs;
    expect([
      ref('import', ' j-1 '),
      ref('export', { jobId: 'j-2' }),
      ref('import', { jobid: 'j-3' }),
      ref('orders-fields-sync', { id: 'j-4' }),
      ref('billing-orders-sync', { data: { id: 'j-5' } }),
    ]).toEqual([
      { kind: 'import', jobId: 'j-1' },
      { kind: 'export', jobId: 'j-2' },
      { kind: 'import', jobId: 'j-3' },
      { kind: 'orders-fields-sync', jobId: 'j-4' },
      { kind: 'billing-orders-sync', jobId: 'j-5' },
    ]);
  });

  it('refuses an unknown kind or an empty job id with a ConfigurationError', async () => {
    const context = await setup({ auth: SOLO_AUTH });
    const unknownKind = await caught(context.nue.jobs.wait({ kind: 'reindex' as NueJobKind, jobId: 'x' }));
    expect(unknownKind).toMatchObject({ name: 'ConfigurationError', option: 'jobs: kind' });
    const emptyId = await caught(context.nue.jobs.wait({ kind: 'import', jobId: ' ' }));
    expect(emptyId).toMatchObject({ name: 'ConfigurationError', option: 'jobs: jobId' });
    expect(() => context.nue.jobs.ref('import', { nothing: true })).toThrow(/holds no job id/);
    expect(context.server.requests).toHaveLength(0);
  });

  it('the job kinds table and the fake server agree on every documented status path', () => {
    for (const [kind, spec] of Object.entries(NUE_JOB_KINDS)) {
      expect(JOB_PATHS[kind]?.test(spec.statusPath.replace('{jobId}', 'abc')), kind).toBe(true);
      expect(spec.statusPath.startsWith('/v1/'), kind).toBe(true);
    }
  });
});
