// Retry and timeout options are checked when a client is made and when a call brings its own: a
// value that cannot work, a name that is not an option, or a layer that is not an object is a
// ConfigurationError that names the option and says what was wrong, and nothing is sent.
import { type CommonClientOptions, ConfigurationError } from 'creditline';
import { describe, expect, it } from 'vitest';
import { caught } from '../support/caught.js';
import { sendJson, useServer } from '../support/http-server.js';
import { thingsClient } from '../support/things-api.js';

function configurationError(make: () => unknown): ConfigurationError {
  try {
    make();
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

describe('retry and timeout options', () => {
  it.each([
    [{ retry: { retries: -1 } }, 'retry.retries', 'retry.retries must be a finite number >= 0, got number -1'],
    [{ retry: { baseDelayMs: Number.NaN } }, 'retry.baseDelayMs', 'retry.baseDelayMs must be a finite number >= 0, got number NaN'],
    [{ retry: { maxDelayMs: Number.POSITIVE_INFINITY } }, 'retry.maxDelayMs', 'retry.maxDelayMs must be a finite number >= 0, got number Infinity'],
    [{ retry: { maxRetryAfterMs: '5' } }, 'retry.maxRetryAfterMs', 'retry.maxRetryAfterMs must be a finite number >= 0, got a string'],
    [{ retry: { retries: null } }, 'retry.retries', 'retry.retries must be a finite number >= 0, got null'],
    [{ retry: { retires: 3 } }, 'retry.retires', 'retry.retires is not an option; the options are retries, baseDelayMs, maxDelayMs, maxRetryAfterMs'],
    [{ retry: 3 }, 'retry', 'retry must be an object (retries, baseDelayMs, maxDelayMs, maxRetryAfterMs), got number 3'],
    [{ retry: null }, 'retry', 'retry must be an object (retries, baseDelayMs, maxDelayMs, maxRetryAfterMs), got null'],
    [{ timeout: { attemptMs: -1 } }, 'timeout.attemptMs', 'timeout.attemptMs must be a finite number >= 0, got number -1'],
    [{ timeout: { totalMs: true } }, 'timeout.totalMs', 'timeout.totalMs must be a finite number >= 0, got boolean true'],
    [{ timeout: { attempt: 5 } }, 'timeout.attempt', 'timeout.attempt is not an option; the options are attemptMs, totalMs'],
    [{ timeout: 'fast' }, 'timeout', 'timeout must be an object (attemptMs, totalMs), got a string'],
  ])('refuses %j when the client is made, naming the option', (options, option, message) => {
    const error = configurationError(() => thingsClient('http://127.0.0.1:9', options as unknown as CommonClientOptions));
    expect(error).toMatchObject({ name: 'ConfigurationError', option, message });
  });

  it('refuses the same per call, before anything is sent', async () => {
    const server = await useServer((_req, res) => sendJson(res, 200, { ok: true }));
    const client = thingsClient(server.origin);
    expect(await caught(client.GET('/things', { creditline: { retry: { baseDelayMs: -5 } } }))).toMatchObject({
      name: 'ConfigurationError',
      option: 'retry.baseDelayMs',
      message: 'retry.baseDelayMs must be a finite number >= 0, got number -5',
    });
    expect(await caught(client.GET('/things', { creditline: { timeout: { totalMs: Number.POSITIVE_INFINITY } } }))).toMatchObject({
      name: 'ConfigurationError',
      option: 'timeout.totalMs',
    });
    expect(server.requests).toHaveLength(0);
  });

  it('takes undefined values as unset, and 0 as no limit', async () => {
    const server = await useServer((_req, res) => sendJson(res, 200, { ok: true }));
    const client = thingsClient(server.origin, { retry: { retries: undefined }, timeout: { attemptMs: 0, totalMs: 0 } });
    expect((await client.GET('/things')).data).toEqual({ ok: true });
  });
});
