import {
  AbortError,
  ApiError,
  ConfigurationError,
  CreditlineError,
  isPaginationError,
  isRequestError,
  RequestError,
  ResponseParseError,
  TimeoutError,
} from 'creditline';
import { describe, expect, it } from 'vitest';

const request = { method: 'GET', pathTemplate: '/things', url: 'http://127.0.0.1/things' };

function apiError(body: unknown, statusText = 'Bad Request') {
  return new ApiError({ ...request, status: 400, statusText, body, requestId: undefined });
}

describe('error classes (mutation)', () => {
  it('names every class in name and in toJSON', () => {
    const base = new CreditlineError('boom');
    expect(base.name).toBe('CreditlineError');
    expect(base.toJSON()).toEqual({ name: 'CreditlineError', message: 'boom' });
    const req = new RequestError(request, ': broke');
    expect(req.name).toBe('RequestError');
    expect(req.toJSON()).toMatchObject({ name: 'RequestError', message: 'GET /things: broke', method: 'GET' });
  });

  it('guards tell request errors and pagination errors from others', () => {
    expect(isRequestError(new RequestError(request, ''))).toBe(true);
    expect(isRequestError(new CreditlineError('x'))).toBe(false);
    expect(isPaginationError(new CreditlineError('x'))).toBe(false);
  });

  it('summarises a string body, trimmed and cut at 200 characters', () => {
    expect(apiError('  plain text  ').message).toBe('GET /things failed with 400 Bad Request: plain text');
    const long = apiError(`${'a'.repeat(250)}`).message;
    expect(long).toBe(`GET /things failed with 400 Bad Request: ${'a'.repeat(200)}`);
  });

  it('summarises a message-like field of an object body, in order of preference', () => {
    expect(apiError({ error_description: 'bad grant' }).message).toMatch(/: bad grant$/);
    expect(apiError({ error: 'invalid' }).message).toMatch(/: invalid$/);
    expect(apiError({ title: 'Conflict' }).message).toMatch(/: Conflict$/);
    expect(apiError({ apiErrorMessage: 'nope' }).message).toMatch(/: nope$/);
    expect(apiError({ message: '', error: 'second' }).message).toMatch(/: second$/);
    expect(apiError({ message: 42 }).message).toBe('GET /things failed with 400 Bad Request');
    expect(apiError({ message: 'x'.repeat(300) }).message).toBe(`GET /things failed with 400 Bad Request: ${'x'.repeat(200)}`);
  });

  it('adds no summary for empty, null or non-object bodies', () => {
    expect(apiError(null, '').message).toBe('GET /things failed with 400');
    expect(apiError(12).message).toBe('GET /things failed with 400 Bad Request');
    expect(apiError(['message']).message).toBe('GET /things failed with 400 Bad Request');
  });

  it('says which kind of timeout fired and after how long', () => {
    expect(new TimeoutError(request, 'attempt', 50).message).toBe('GET /things: attempt timed out after 50 ms');
    expect(new TimeoutError(request, 'deadline', 70).message).toBe('GET /things: deadline exceeded after 70 ms');
  });

  it('says why a response body could not be read', () => {
    expect(new ResponseParseError(request, 'the body is empty').message).toBe('GET /things: the response body could not be read: the body is empty');
  });

  it('drops a default AbortError reason but keeps a custom one', () => {
    const defaultReason = new DOMException('This operation was aborted', 'AbortError');
    expect(new AbortError('GET /things', defaultReason).reason).toBeUndefined();
    const custom = new Error('user left');
    expect(new AbortError('GET /things', custom).reason).toBe(custom);
    expect(new AbortError('GET /things', 'why').reason).toBe('why');
  });

  it('keeps the option named by a ConfigurationError', () => {
    const error = new ConfigurationError('retry.retries', 'must be a finite number >= 0, got -1');
    expect(error).toMatchObject({ name: 'ConfigurationError', option: 'retry.retries', message: 'retry.retries must be a finite number >= 0, got -1' });
  });
});
