// Waiting for a Nue job (nue.jobs.wait): polling until it ends, the timeout (by the client's
// clock, and for a poll still in flight), aborts and the option checks; nue.jobs.ref, status and
// errorLog; and the job kinds table against the documented status paths.
import { createNueClient, isAbortError, isConfigurationError, isNueApiError, isNueJobTimeoutError, type NueJobKind, type NueJobProgress } from 'creditline/nue';
import { describe, expect, it } from 'vitest';
import { NUE_JOB_KINDS } from '../../src/nue/jobs/job-kinds.js';
import { caught } from '../support/caught.js';
import { useServer } from '../support/http-server.js';
import { JOB_PATHS } from './fake-nue-server.js';
import { KEY_SOLO, SOLO_AUTH, setup, thrown, until } from './fixtures.js';

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

  it('reports the time since the wait began by the client clock', async () => {
    const context = await setup({ auth: SOLO_AUTH });
    context.server.setJob('usage-async', 'e-1', [{ body: { status: 'Processing' } }, { body: { status: 'Completed' } }], () => context.clock.advance(250));
    const seen: NueJobProgress[] = [];
    await context.nue.jobs.wait({ kind: 'usage-async', jobId: 'e-1' }, { ...FAST, onProgress: (p) => seen.push(p) });
    expect(seen.map((p) => p.elapsedMs)).toEqual([250, 500]);
  });

  it('gives up once the client clock passes timeoutMs: NueJobTimeoutError with the last status and the polls', async () => {
    const context = await setup({ auth: SOLO_AUTH });
    // Every poll takes 600 ms of (fake) time; the job never ends.
    context.server.setJob('usage-async', 't-1', [{ body: { status: 'Queued' } }, { body: { status: 'Processing' } }], () => context.clock.advance(600));
    const error = await caught(context.nue.jobs.wait({ kind: 'usage-async', jobId: 't-1' }, { ...FAST, timeoutMs: 1000 }));
    expect(isNueJobTimeoutError(error)).toBe(true);
    expect(error).toMatchObject({ name: 'NueJobTimeoutError', kind: 'usage-async', jobId: 't-1', timeoutMs: 1000, lastStatus: 'Processing', polls: 2 });
    expect((error as Error).message).toBe('Nue usage-async job t-1 did not finish within 1000 ms (last status: Processing, 2 polls)');
    expect(context.server.requestsTo('/v1/usage/async-jobs/t-1')).toHaveLength(2);
  });

  it('cancels a poll that hangs past timeoutMs: NueJobTimeoutError without a status, and the request is closed', async () => {
    let closed = false;
    const server = await useServer((_request, response) => {
      // never answers
      response.on('close', () => {
        closed = true;
      });
    });
    const nue = createNueClient({ baseUrl: server.origin, auth: { apiKey: 'job-key-123456' }, retry: { retries: 0 } });
    const error = await caught(nue.jobs.wait({ kind: 'usage-async', jobId: 'stuck' }, { ...FAST, timeoutMs: 150 }));
    expect(isNueJobTimeoutError(error)).toBe(true);
    expect(error).toMatchObject({ kind: 'usage-async', jobId: 'stuck', timeoutMs: 150, lastStatus: undefined, polls: 0 });
    expect((error as Error).message).toContain('(last status: none, 0 polls)');
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

  it('ends with AbortError when the caller aborts a poll in flight', async () => {
    const server = await useServer(() => {
      // never answers
    });
    const nue = createNueClient({ baseUrl: server.origin, auth: { apiKey: 'static-key-1' }, retry: { retries: 0 } });
    const controller = new AbortController();
    const reason = new Error('user cancelled');
    const waiting = caught(nue.jobs.wait({ kind: 'export', jobId: 'slow' }, { ...FAST, signal: controller.signal }));
    await until(() => server.requests.length > 0);
    controller.abort(reason);
    const error = await waiting;
    expect(error).toMatchObject({ name: 'AbortError', reason });
    expect(isNueJobTimeoutError(error)).toBe(false);
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

  it('the job kinds table and the fake server agree on every documented status path', () => {
    for (const [kind, spec] of Object.entries(NUE_JOB_KINDS)) {
      expect(JOB_PATHS[kind]?.test(spec.statusPath.replace('{jobId}', 'abc')), kind).toBe(true);
      expect(spec.statusPath.startsWith('/v1/'), kind).toBe(true);
    }
  });
});

describe('nue.jobs.wait: option checks', () => {
  it('refuses an unknown kind or an empty job id with a ConfigurationError', async () => {
    const context = await setup({ auth: SOLO_AUTH });
    const unknownKind = await caught(context.nue.jobs.wait({ kind: 'reindex' as NueJobKind, jobId: 'x' }));
    expect(unknownKind).toMatchObject({ name: 'ConfigurationError', option: 'jobs: kind' });
    const emptyId = await caught(context.nue.jobs.wait({ kind: 'import', jobId: ' ' }));
    expect(emptyId).toMatchObject({ name: 'ConfigurationError', option: 'jobs: jobId' });
    expect(() => context.nue.jobs.ref('import', { nothing: true })).toThrow(/holds no job id/);
    expect(context.server.requests).toHaveLength(0);
  });

  it.each([
    ['timeoutMs', 0],
    ['timeoutMs', -5],
    ['timeoutMs', Number.NaN],
    ['timeoutMs', Number.POSITIVE_INFINITY],
    ['intervalMs', 0],
    ['maxIntervalMs', 0],
    ['maxIntervalMs', Number.NaN],
  ])('rejects %s = %s before any request', async (name, value) => {
    const context = await setup({ auth: SOLO_AUTH });
    context.server.setJob('usage-async', 'u-1', [{ body: { status: 'Completed' } }]);
    const error = await caught(context.nue.jobs.wait({ kind: 'usage-async', jobId: 'u-1' }, { [name]: value }));
    expect(isConfigurationError(error)).toBe(true);
    expect(error).toMatchObject({ option: `jobs.wait: ${name}` });
    expect((error as Error).message).toContain(String(value));
    expect(context.server.requestsTo('/v1/usage/async-jobs/u-1')).toHaveLength(0);
  });

  it.each([
    ['an unknown kind', { kind: 'nope', jobId: 'x' }, 'jobs: kind'],
    ['an inherited property name as kind', { kind: 'toString', jobId: 'x' }, 'jobs: kind'],
    ['no ref at all', undefined, 'jobs: kind'],
    ['a blank job id', { kind: 'import', jobId: '  ' }, 'jobs: jobId'],
    ['a job id that is not a string', { kind: 'import', jobId: 7 }, 'jobs: jobId'],
  ])('rejects %s', async (_name, ref, option) => {
    const context = await setup({ auth: SOLO_AUTH });
    const error = await caught(context.nue.jobs.wait(ref as unknown as { kind: NueJobKind; jobId: string }, FAST));
    expect(isConfigurationError(error)).toBe(true);
    expect(error).toMatchObject({ option });
  });

  it('names the known kinds and the one it got', async () => {
    const context = await setup({ auth: SOLO_AUTH });
    const error = await caught(context.nue.jobs.wait({ kind: 'nope' as NueJobKind, jobId: 'x' }, FAST));
    expect((error as Error).message).toContain('import, revenue-builder-import, export');
    expect((error as Error).message).toContain('got nope');
  });
});

describe('nue.jobs.ref', () => {
  it.each<[string, NueJobKind, unknown, string]>([
    ['a bare string, trimmed', 'import', '  j-1 ', 'j-1'],
    ['jobId', 'export', { jobId: 'j-2' }, 'j-2'],
    ['jobid', 'import', { jobid: 'j-3' }, 'j-3'],
    ['id', 'orders-fields-sync', { id: 'j-4' }, 'j-4'],
    ['data.id', 'billing-orders-sync', { data: { id: 'j-5' } }, 'j-5'],
    ['data.jobId', 'export', { data: { jobId: 'j-6' } }, 'j-6'],
    ['the first non-empty candidate', 'export', { jobId: '', jobid: 7, id: 'j-7' }, 'j-7'],
  ])('takes the job id of a start answer from %s', (_name, kind, started, jobId) => {
    const nue = createNueClient({ auth: { apiKey: 'k' } });
    expect(nue.jobs.ref(kind, started as never)).toEqual({ kind, jobId });
  });

  it.each<[string, unknown]>([
    ['a blank string', '   '],
    ['an empty object', {}],
    ['null', null],
    ['a number', 42],
    ['empty candidates', { jobId: '', data: { id: '' } }],
  ])('rejects %s as start answer', (_name, started) => {
    const nue = createNueClient({ auth: { apiKey: 'k' } });
    const error = thrown(() => nue.jobs.ref('export', started as never));
    expect(isConfigurationError(error)).toBe(true);
    expect(error).toMatchObject({ option: 'jobs.ref: started' });
    expect((error as Error).message).toContain('holds no job id');
  });
});

describe('nue.jobs.status and nue.jobs.errorLog', () => {
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
});
