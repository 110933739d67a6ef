// nue.jobs.wait: option checks, the timeout (by the client's clock and by the real deadline of a
// poll in flight), the elapsed time it reports, and the debug line of an unreadable error log.
import { isConfigurationError } from 'creditline';
import { createNueClient, isNueJobError, isNueJobTimeoutError, type NueJobKind, type NueJobProgress } from 'creditline/nue';
import { describe, expect, it } from 'vitest';
import { caught } from '../support/caught.js';
import { useServer } from '../support/http-server.js';
import { SOLO_AUTH, setup } from './fixtures.js';

const FAST = { intervalMs: 1, maxIntervalMs: 2 };

describe('nue.jobs.wait: option checks', () => {
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

describe('nue.jobs.wait: time', () => {
  it('reports the time since the wait began by the client clock', async () => {
    const context = await setup({ auth: SOLO_AUTH });
    context.server.setJob('usage-async', 'e-1', [{ body: { status: 'Processing' } }, { body: { status: 'Completed' } }], () => context.clock.advance(250));
    const seen: NueJobProgress[] = [];
    await context.nue.jobs.wait({ kind: 'usage-async', jobId: 'e-1' }, { ...FAST, onProgress: (p) => seen.push(p) });
    expect(seen.map((p) => p.elapsedMs)).toEqual([250, 500]);
  });

  it('gives up once the clock passes timeoutMs, with the last status and the polls', async () => {
    const context = await setup({ auth: SOLO_AUTH });
    context.server.setJob('usage-async', 't-1', [{ body: { status: 'Queued' } }, { body: { status: 'Processing' } }], () => context.clock.advance(600));
    const error = await caught(context.nue.jobs.wait({ kind: 'usage-async', jobId: 't-1' }, { ...FAST, timeoutMs: 1000 }));
    expect(isNueJobTimeoutError(error)).toBe(true);
    expect(error).toMatchObject({ name: 'NueJobTimeoutError', kind: 'usage-async', jobId: 't-1', timeoutMs: 1000, lastStatus: 'Processing', polls: 2 });
    expect((error as Error).message).toBe('Nue usage-async job t-1 did not finish within 1000 ms (last status: Processing, 2 polls)');
  });

  it('cancels a poll still in flight when the time runs out', async () => {
    const server = await useServer(() => {
      // never answers
    });
    const nue = createNueClient({ baseUrl: server.origin, auth: { apiKey: 'static-key-1' }, retry: { retries: 0 } });
    const error = await caught(nue.jobs.wait({ kind: 'export', jobId: 'slow' }, { ...FAST, timeoutMs: 40 }));
    expect(isNueJobTimeoutError(error)).toBe(true);
    expect(error).toMatchObject({ kind: 'export', jobId: 'slow', timeoutMs: 40, lastStatus: undefined, polls: 0 });
    expect((error as Error).message).toContain('(last status: none, 0 polls)');
  });

  it('ends with AbortError when the caller aborts a poll in flight', async () => {
    const server = await useServer(() => {
      // never answers
    });
    const nue = createNueClient({ baseUrl: server.origin, auth: { apiKey: 'static-key-1' }, retry: { retries: 0 } });
    const controller = new AbortController();
    const reason = new Error('user cancelled');
    const waiting = caught(nue.jobs.wait({ kind: 'export', jobId: 'slow' }, { ...FAST, signal: controller.signal }));
    while (server.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    controller.abort(reason);
    const error = await waiting;
    expect(error).toMatchObject({ name: 'AbortError', reason });
    expect(isNueJobTimeoutError(error)).toBe(false);
  });
});

describe('nue.jobs.wait: the billing error log', () => {
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
});
