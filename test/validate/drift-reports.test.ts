// Each kind of drift a real answer can show, against the bundled spec: it appears once, at the
// right place, by type and shape only, and in `report` mode the caller gets the data as it came.
import { isNueApiError } from 'creditline/nue';
import { createDriftCollector, type DriftReport, withValidation } from 'creditline/validate';
import { describe, expect, it } from 'vitest';
import { caught } from '../support/caught.js';
import { answers, CUSTOMER, clients, KEYS, useDriftingApis } from './drifting-apis.js';

type Clients = ReturnType<typeof clients>;

/** Every credit call of the three clients, through their helpers where they have one. */
async function callEverything({ xovi, maileon, nue }: Clients) {
  const creditState = await xovi.getCreditState();
  const contingents = await maileon.listContingents({ nlAccountId: 7 }).toArray({ max: 10 });
  const pools = await nue.listAccountCreditPools({ customerId: CUSTOMER }).toArray({ max: 10 });
  const stats = await nue.GET('/customers/{customerId}/credit-stats', {
    params: { path: { customerId: CUSTOMER }, query: { accountPoolIds: ['pool-VALUE-1'] } },
  });
  // The drifting server answers 418 here: the call fails, the drift is still reported.
  const flows = await nue
    .listCreditFlows({ customerId: CUSTOMER })
    .toArray({ max: 10 })
    .catch((error: unknown) => error);
  return { creditState, contingents, pools, stats: stats.data, flows };
}

function validated(server: Parameters<typeof clients>[0], onDrift: (report: DriftReport) => void): Clients {
  const { xovi, maileon, nue } = clients(server);
  return {
    xovi: withValidation(xovi, 'xovi', { responses: 'report', onDrift }),
    maileon: withValidation(maileon, 'maileon', { responses: 'report', onDrift }),
    nue: withValidation(nue, 'nue', { responses: 'report', onDrift }),
  };
}

const SHARED = { direction: 'response', count: 1 } as const;
const CONTINGENTS = { api: 'maileon', operationId: 'listContingents', method: 'GET', path: '/partner/settings/prepaids/contingents', status: 200 } as const;

describe('drift reports (report mode)', () => {
  it('reports each kind of drift once, at its pointer, and no value', async () => {
    const server = await useDriftingApis();
    const collector = createDriftCollector();
    const reports: DriftReport[] = [];
    await callEverything(
      validated(server, (report) => {
        reports.push(report);
        collector.onDrift(report);
      }),
    );
    expect(collector.reports()).toEqual([
      {
        api: 'xovi',
        operationId: 'getCreditstate',
        method: 'GET',
        path: '/user/getCreditstate/{key}/{format}',
        status: 200,
        ...SHARED,
        kind: 'unknown-property',
        in: 'body',
        pointer: '/apiResult/resellerNote',
        expected: 'not listed (the object is closed)',
        seen: 'string',
        specPointer: '/components/schemas/Creditstate',
      },
      {
        ...CONTINGENTS,
        ...SHARED,
        kind: 'missing-property',
        in: 'body',
        pointer: '/*/author',
        expected: 'required string',
        seen: 'absent',
        specPointer: '/components/schemas/Contingent/required',
      },
      {
        ...CONTINGENTS,
        ...SHARED,
        kind: 'enum',
        in: 'body',
        pointer: '/*/status',
        expected: 'one of "consumed", "expired", "running", "outstanding"',
        seen: 'string not in the list',
        specPointer: '/components/schemas/ContingentStatus',
      },
      {
        api: 'nue',
        operationId: 'getAccountCreditPools',
        method: 'GET',
        path: '/customers/{customerId}/account-credit-pools',
        status: 200,
        ...SHARED,
        kind: 'type',
        in: 'body',
        pointer: '/data/*/balance',
        expected: 'number',
        seen: 'string (numeric)',
        specPointer: '/components/schemas/AccountCreditPool/properties/balance',
      },
      {
        api: 'nue',
        operationId: 'getCustomerCreditStats',
        method: 'GET',
        path: '/customers/{customerId}/credit-stats',
        status: 200,
        ...SHARED,
        kind: 'content-type',
        in: 'content-type',
        pointer: '',
        expected: 'application/json',
        seen: 'text/plain',
        specPointer: '/paths/~1customers~1{customerId}~1credit-stats/get/responses/200/content',
      },
      {
        api: 'nue',
        operationId: 'getCreditFlows',
        method: 'GET',
        path: '/customers/{customerId}/credit-flows',
        status: 418,
        ...SHARED,
        kind: 'undocumented-status',
        in: 'status',
        pointer: '',
        expected: 'one of 200, 401',
        seen: '418',
        specPointer: '/paths/~1customers~1{customerId}~1credit-flows/get/responses',
      },
    ]);
    // One report per answer and difference: onDrift saw no more than the collector keeps.
    expect(reports).toHaveLength(6);
    const written = `${JSON.stringify(reports)}${collector.toJsonLines()}`;
    for (const value of ['VALUE', '750.25', 'paused', 'max.mustermann', ...Object.values(KEYS)]) expect(written).not.toContain(value);
  });

  it('lets every answer through unchanged: the caller reads the body the server sent', async () => {
    const server = await useDriftingApis();
    const sent = answers(true);
    const got = await callEverything(validated(server, () => undefined));
    expect(got.creditState).toEqual(sent.creditState.apiResult);
    expect(got.contingents).toEqual(sent.contingents);
    expect(got.pools).toEqual(sent.pools.data);
    expect(got.stats).toEqual(sent.creditStats);
    expect(isNueApiError(got.flows) && got.flows.status).toBe(418);
  });

  it('finds nothing in answers that follow the spec', async () => {
    const server = await useDriftingApis(false);
    const reports: DriftReport[] = [];
    await callEverything(validated(server, (report) => reports.push(report)));
    expect(reports).toEqual([]);
  });

  it('reports an error answer the same whether it is thrown (ApiError) or returned (throwOnError: false)', async () => {
    const server = await useDriftingApis();
    const reports: DriftReport[] = [];
    const { nue } = validated(server, (report) => reports.push(report));
    await caught(nue.GET('/customers/{customerId}/credit-flows', { params: { path: { customerId: CUSTOMER } } }));
    const { error } = await nue.GET('/customers/{customerId}/credit-flows', {
      params: { path: { customerId: CUSTOMER } },
      creditline: { throwOnError: false },
    });
    expect(error).toEqual({ message: 'VALUE-teapot' });
    expect(reports).toHaveLength(2);
    expect(reports[1]).toEqual(reports[0]);
  });
});
