// withValidation on a real client against a small server of our own: which answers and requests
// are checked in each mode, how an error answer's body is read back, what `ignore` leaves out,
// and how options are refused.
import { ConfigurationError, type DriftReport, isSpecDriftError, SpecDriftError, withValidation } from 'creditline/validate';
import { createXoviClient } from 'creditline/xovi';
import { describe, expect, it } from 'vitest';
import { caught } from '../support/caught.js';
import { refusedOrigin, sendJson, sendRaw, type TestServer, useServer } from '../support/http-server.js';
import { CREDIT_STATE_ANSWER } from '../support/xovi-credit-state.js';
import { driftReport } from './drift-report-fixture.js';

const PATH = '/user/getCreditstate/{key}/{format}';

function xoviAt(origin: string) {
  return createXoviClient({ baseUrl: origin, apiKey: 'xovi-key-1', retry: { retries: 0 } });
}

/** A XOVI client validated with `options` (onDrift collecting into the returned list). */
function validatedXovi(server: TestServer | string, options: Partial<Parameters<typeof withValidation>[2]> = {}) {
  const reports: DriftReport[] = [];
  const xovi = withValidation(xoviAt(typeof server === 'string' ? server : server.origin), 'xovi', {
    responses: 'report',
    onDrift: (report) => reports.push(report),
    ...options,
  });
  return { xovi, reports };
}

const get = (xovi: ReturnType<typeof xoviAt>, extra: object = {}) => xovi.GET(PATH, { params: { path: { format: 'json' } }, ...extra } as never);
const drifting = { ...CREDIT_STATE_ANSWER, apiResult: { ...CREDIT_STATE_ANSWER.apiResult, resellerNote: 'note' } };

describe('error answers read back from the ApiError', () => {
  it('reports an error answer without a body as no body', async () => {
    const server = await useServer((_request, response) => sendRaw(response, 400));
    const { xovi, reports } = validatedXovi(server);
    await caught(get(xovi));
    expect(reports.map(({ kind, seen, status }) => ({ kind, seen, status }))).toEqual([{ kind: 'content-type', seen: 'no body', status: 400 }]);
  });

  it('reports a text error body as not JSON, and a JSON one against its schema', async () => {
    let text = true;
    const server = await useServer((_request, response) =>
      text ? sendRaw(response, 400, 'gateway says no', { 'content-type': 'text/plain' }) : sendJson(response, 400, { apiErrorCode: 1 }),
    );
    const { xovi, reports } = validatedXovi(server);
    await caught(get(xovi));
    text = false;
    await caught(get(xovi));
    expect(reports.map(({ kind, pointer }) => [kind, pointer])).toEqual([
      ['not-json', ''],
      ['missing-property', '/apiErrorMessage'],
    ]);
  });

  it('reports nothing for a call that got no answer, and lets its error through', async () => {
    const { xovi, reports } = validatedXovi(await refusedOrigin());
    const error = await caught(get(xovi));
    expect(error).toBeInstanceOf(Error);
    expect(isSpecDriftError(error)).toBe(false);
    expect(reports).toEqual([]);
  });
});

describe('modes and options', () => {
  it('fails a drifting 2xx answer in throw mode without an onDrift', async () => {
    const server = await useServer((_request, response) => sendJson(response, 200, drifting));
    const xovi = withValidation(xoviAt(server.origin), 'xovi', { responses: 'throw' });
    const error = await caught(get(xovi));
    expect(isSpecDriftError(error) && error.reports.map((report) => report.pointer)).toEqual(['/apiResult/resellerNote']);
  });

  it('leaves out the kinds named in ignore, and still throws for the others', async () => {
    const server = await useServer((_request, response) => sendJson(response, 200, drifting));
    const { xovi, reports } = validatedXovi(server, { ignore: ['unknown-property'] });
    expect((await get(xovi)).data).toEqual(drifting);
    expect(reports).toEqual([]);
    const strict = withValidation(xoviAt(server.origin), 'xovi', { responses: 'throw', ignore: ['type'] });
    expect(isSpecDriftError(await caught(get(strict)))).toBe(true);
  });

  it('does not check what is sent unless requests are asked for', async () => {
    const server = await useServer((_request, response) => sendJson(response, 200, CREDIT_STATE_ANSWER));
    const quiet = validatedXovi(server);
    await get(quiet.xovi, { params: { path: { format: 'json' }, query: { extra: 'x' } } });
    expect(quiet.reports).toEqual([]);
    const checked = validatedXovi(server, { requests: 'report' });
    await get(checked.xovi, { params: { path: { format: 'json' }, query: { extra: 'x' } } });
    expect(checked.reports.map(({ direction, kind, in: at, pointer }) => ({ direction, kind, in: at, pointer }))).toEqual([
      { direction: 'request', kind: 'unknown-property', in: 'query', pointer: '/extra' },
    ]);
  });
});

describe('options refused when applied', () => {
  const refusal = (api: string, options: unknown) => {
    try {
      withValidation(xoviAt('http://127.0.0.1:9'), api as 'xovi', options as never);
    } catch (error) {
      return error as ConfigurationError;
    }
    throw new Error('accepted');
  };

  it('names the option and the value it refuses', () => {
    const cases: Array<[string, unknown, string, string]> = [
      ['github', { responses: 'throw' }, 'withValidation: api', 'github'],
      ['xovi', undefined, 'withValidation: options', 'undefined'],
      ['xovi', { responses: 'warn' }, 'withValidation: responses', 'warn'],
      ['xovi', { responses: 'throw', requests: 'warn' }, 'withValidation: requests', 'warn'],
      ['xovi', { responses: 'throw', onDrift: 'log' }, 'withValidation: onDrift', 'must be a function'],
      ['xovi', { responses: 'report' }, 'withValidation: onDrift', "mode is 'report'"],
      ['xovi', { responses: 'throw', requests: 'report' }, 'withValidation: onDrift', "mode is 'report'"],
      ['xovi', { responses: 'throw', ignore: ['type', 'typo'] }, 'withValidation: ignore', 'exist: "typo" (the kinds:'],
    ];
    for (const [api, options, option, named] of cases) {
      const error = refusal(api, options);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error.option).toBe(option);
      expect(error.message).toContain(named);
    }
    expect(refusal('github', { responses: 'throw' }).message).toContain('nue, xovi, maileon');
    expect(refusal('xovi', { responses: 'throw', ignore: ['type', 'typo'] }).message).not.toContain('"type"');
  });

  it('accepts every valid combination, and a client once only', () => {
    const xovi = xoviAt('http://127.0.0.1:9');
    expect(withValidation(xovi, 'xovi', { responses: 'throw', requests: 'throw', ignore: ['type', 'enum'] })).toBe(xovi);
    const again = (() => {
      try {
        withValidation(xovi, 'xovi', { responses: 'throw' });
      } catch (error) {
        return error as ConfigurationError;
      }
    })();
    expect(again?.option).toBe('withValidation: client');
    expect(withValidation(xoviAt('http://127.0.0.1:9'), 'maileon', { responses: 'report', requests: 'report', onDrift: () => undefined })).toBeDefined();
  });
});

describe('SpecDriftError', () => {
  const request = { method: 'GET', pathTemplate: '/things/{id}', url: 'http://127.0.0.1/things/{id}' };
  const report = driftReport;

  it('names the first difference of a request and how many more there are', () => {
    const error = new SpecDriftError(request, [report({ direction: 'request', status: undefined, in: 'query' }), report({}), report({})]);
    expect(error.message).toBe('GET /things/{id}: the request differs from the nue spec: type at query /n (spec: integer; seen: string) and 2 more');
    expect(error).toMatchObject({ api: 'nue', operationId: 'getThing', direction: 'request', status: undefined });
  });

  it('names the status of an answer, and leaves out an empty pointer', () => {
    const error = new SpecDriftError(request, [report({ status: 503, pointer: '' })]);
    expect(error.message).toBe('GET /things/{id}: the answer (503) differs from the nue spec: type at body (spec: integer; seen: string)');
    expect(error.status).toBe(503);
  });

  it('stays usable without reports', () => {
    const error = new SpecDriftError(request, []);
    expect(error).toMatchObject({ api: '', operationId: undefined, direction: 'response', status: undefined, reports: [] });
    expect(error.message).toBe('GET /things/{id}: the answer (?) differs from the  spec');
  });
});
