// `throw`: a 2xx answer that differs from the spec fails the call with SpecDriftError, a request
// that differs is not sent, and an error answer still ends with its own ApiError.
import { isNueApiError } from 'creditline/nue';
import { ConfigurationError, CreditlineError, type DriftReport, isSpecDriftError, RequestError, SpecDriftError, withValidation } from 'creditline/validate';
import { describe, expect, it } from 'vitest';
import { caught } from '../support/caught.js';
import { expectNoSecrets } from '../support/secrets.js';
import { CUSTOMER, clients, KEYS, useDriftingApis } from './drifting-apis.js';

describe('drift reports (throw mode)', () => {
  it('fails a drifting 2xx answer with a typed SpecDriftError that names the place and no value', async () => {
    const server = await useDriftingApis();
    const seen: DriftReport[] = [];
    const xovi = withValidation(clients(server).xovi, 'xovi', { responses: 'throw', onDrift: (report) => seen.push(report) });
    const error = await caught(xovi.getCreditState());
    expect(isSpecDriftError(error)).toBe(true);
    expect(error).toBeInstanceOf(SpecDriftError);
    expect(error).toBeInstanceOf(RequestError);
    expect(error).toBeInstanceOf(CreditlineError);
    const drift = error as SpecDriftError;
    expect(drift).toMatchObject({ name: 'SpecDriftError', api: 'xovi', operationId: 'getCreditstate', direction: 'response', status: 200, method: 'GET' });
    expect(drift.pathTemplate).toBe('/user/getCreditstate/{key}/{format}');
    expect(drift.url).toBe(`${server.origin}/user/getCreditstate/{key}/{format}`);
    expect(drift.reports.map((report) => [report.kind, report.pointer])).toEqual([['unknown-property', '/apiResult/resellerNote']]);
    expect(drift.message).toBe(
      'GET /user/getCreditstate/{key}/{format}: the answer (200) differs from the xovi spec: unknown-property at body /apiResult/resellerNote (spec: not listed (the object is closed); seen: string)',
    );
    expect(seen).toEqual(drift.reports);
    expectNoSecrets(error, ['VALUE', KEYS.xovi]);
  });

  it('sends nothing when a request differs and requests are checked with throw', async () => {
    const server = await useDriftingApis();
    const maileon = withValidation(clients(server).maileon, 'maileon', { responses: 'report', requests: 'throw', onDrift: () => undefined });
    const error = await caught(maileon.GET('/partner/settings/prepaids/contingents', { params: { query: { nl_account_id: 7, page_size: 0 } } }));
    expect(isSpecDriftError(error) && error.reports).toEqual([
      expect.objectContaining({
        direction: 'request',
        kind: 'constraint',
        in: 'query',
        pointer: '/page_size',
        expected: 'minimum 1',
        seen: 'integer that breaks minimum',
      }),
    ]);
    expect(isSpecDriftError(error) && error.status).toBeUndefined();
    expect(server.requests).toEqual([]);
  });

  it('still throws the vendor error for an error answer, after reporting its drift', async () => {
    const server = await useDriftingApis();
    const seen: DriftReport[] = [];
    const nue = withValidation(clients(server).nue, 'nue', { responses: 'throw', onDrift: (report) => seen.push(report) });
    const error = await caught(nue.GET('/customers/{customerId}/credit-flows', { params: { path: { customerId: CUSTOMER } } }));
    expect(isNueApiError(error) && error.status).toBe(418);
    expect(seen.map((report) => report.kind)).toEqual(['undocumented-status']);
  });

  it('passes answers that follow the spec', async () => {
    const server = await useDriftingApis(false);
    const xovi = withValidation(clients(server).xovi, 'xovi', { responses: 'throw', requests: 'throw' });
    expect((await xovi.getCreditState()).creditsleft).toBe(5280);
  });

  it('refuses options that cannot work, and a second application, when applied', async () => {
    const server = await useDriftingApis(false);
    const { xovi } = clients(server);
    const refusals = [
      () => withValidation(xovi, 'xovi', { responses: 'report' }),
      () => withValidation(xovi, 'xovi', { responses: 'throw', requests: 'report' }),
      () => withValidation(xovi, 'xovi', { responses: 'warn' as 'report', onDrift: () => undefined }),
      () => withValidation(xovi, 'github' as 'xovi', { responses: 'throw' }),
      () => withValidation(xovi, 'xovi', { responses: 'throw', ignore: ['typo' as 'type'] }),
    ];
    for (const refusal of refusals) expect(refusal).toThrow(ConfigurationError);
    withValidation(xovi, 'xovi', { responses: 'throw' });
    expect(() => withValidation(xovi, 'xovi', { responses: 'throw' })).toThrow(/validated already/);
  });
});
