// withValidation and createDriftCollector given what they cannot work with, value by value and
// type by type: each is a ConfigurationError when applied, whose `option` names the argument and
// whose message says what it must be and what was given — never a bare TypeError from inside.
import { ConfigurationError, createDriftCollector, type DriftReport, withValidation } from 'creditline/validate';
import { createXoviClient } from 'creditline/xovi';
import { describe, expect, it } from 'vitest';
import { driftReport } from './drift-report-fixture.js';

const aFunction = () => undefined;

/** A value of each type a caller might pass by mistake, and how the message names it. */
const WRONG_VALUES: Array<[value: unknown, given: string]> = [
  [undefined, 'undefined'],
  [null, 'null'],
  ['enum', '"enum"'],
  ['', 'an empty string'],
  [3, '3 (a number)'],
  [Number.NaN, 'NaN (a number)'],
  [true, 'true (a boolean)'],
  [10n, '10 (a bigint)'],
  [Symbol('report'), 'a symbol'],
  [{}, 'an object'],
  [{ responses: 'throw' }, 'an object'],
  [[], 'an array (0 items)'],
  [['enum'], 'an array (1 item)'],
  [new Set(['enum']), 'a Set'],
  [aFunction, 'a function'],
];

const xovi = () => createXoviClient({ baseUrl: 'http://127.0.0.1:9', apiKey: 'xovi-key-1', retry: { retries: 0 } });

/** The error a call throws; the test fails when it returns. */
function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  return expect.unreachable('expected a ConfigurationError');
}

function expectRefusal(call: () => unknown, option: string, must: string, given: string) {
  const error = thrown(call);
  expect(error, `${option} given ${given}`).toBeInstanceOf(ConfigurationError);
  expect((error as ConfigurationError).option).toBe(option);
  expect((error as ConfigurationError).message).toBe(`${option} ${must}, got ${given}`);
}

/** The wrong values but those valid for the option, as rows named by what was given. */
const except = (...valid: unknown[]) => rows(WRONG_VALUES.filter(([value]) => !valid.includes(value)));
const rows = (values: Array<[unknown, string]>) => values.map(([value, given]) => ({ value, given }));
const KINDS = 'undocumented-operation, undocumented-status, content-type, not-json, missing-property, unknown-property, type, format, enum, constraint';

describe('withValidation refuses, naming the option and what was given', () => {
  it.each(except())('client given $given', ({ value, given }) => {
    expectRefusal(
      () => withValidation(value as never, 'xovi', { responses: 'throw' }),
      'withValidation: client',
      'must be a client of creditline or openapi-fetch (an object with a use() method)',
      given,
    );
  });

  it.each([...except(), ...rows([['Nue', '"Nue"']])])('api given $given', ({ value, given }) => {
    expectRefusal(() => withValidation(xovi(), value as never, { responses: 'throw' }), 'withValidation: api', 'must be one of nue, xovi, maileon', given);
  });

  // An object of any kind is read for its options (a Set has none, so its `responses` is missing).
  it.each(rows(WRONG_VALUES.filter(([value]) => !value || typeof value !== 'object' || Array.isArray(value))))('options given $given', ({ value, given }) => {
    expectRefusal(
      () => withValidation(xovi(), 'xovi', value as never),
      'withValidation: options',
      'must be an object with responses and, when wanted, requests, onDrift and ignore',
      given,
    );
  });

  it.each([...except(), ...rows([['Report', '"Report"']])])('responses given $given', ({ value, given }) => {
    expectRefusal(() => withValidation(xovi(), 'xovi', { responses: value as never }), 'withValidation: responses', "must be 'report' or 'throw'", given);
  });

  it.each(except(undefined))('requests given $given', ({ value, given }) => {
    expectRefusal(
      () => withValidation(xovi(), 'xovi', { responses: 'throw', requests: value as never }),
      'withValidation: requests',
      "must be 'report' or 'throw' when given",
      given,
    );
  });

  it.each(except(undefined, aFunction))('onDrift given $given', ({ value, given }) => {
    expectRefusal(
      () => withValidation(xovi(), 'xovi', { responses: 'throw', onDrift: value as never }),
      'withValidation: onDrift',
      'must be a function (a report goes to it) when given',
      given,
    );
  });

  it.each(rows(WRONG_VALUES.filter(([value]) => value !== undefined && !Array.isArray(value))))('ignore given $given', ({ value, given }) => {
    expectRefusal(
      () => withValidation(xovi(), 'xovi', { responses: 'throw', ignore: value as never }),
      'withValidation: ignore',
      `must be an array of drift kinds (${KINDS}) when given`,
      given,
    );
  });

  it.each(except('enum', '').map(({ value, given }) => ({ value: ['type', value], given: `${given} at index 1` })))(
    'ignore item given $given',
    ({ value, given }) => {
      expectRefusal(
        () => withValidation(xovi(), 'xovi', { responses: 'throw', ignore: value as never }),
        'withValidation: ignore',
        `must hold only names of drift kinds (${KINDS})`,
        given,
      );
    },
  );

  it('refuses an option it does not have, by its name (a typo would otherwise turn a check off unseen)', () => {
    expectRefusal(
      () => withValidation(xovi(), 'xovi', { responses: 'throw', request: 'throw' } as never),
      'withValidation: request',
      'is not an option (they are responses, requests, onDrift, ignore)',
      '"throw"',
    );
  });
});

describe('a refusal names what it was given', () => {
  const nameless = class {};
  Object.defineProperty(nameless, 'name', { value: 42 });
  // An object by its class ("an object" when it has none that names it), a string as written but cut after 40 characters.
  it.each(
    rows([
      ['x'.repeat(40), JSON.stringify('x'.repeat(40))],
      ['y'.repeat(41), `"${'y'.repeat(40)}…"`],
      [Object.create(null), 'an object'],
      [Object.create(Object.create(null)), 'an object'],
      [new (class {})(), 'an object'],
      [new nameless(), 'an object'],
      [new (class BigOne {})(), 'a BigOne'],
      [new Error('not an api'), 'an Error'],
    ]),
  )('api given $given', ({ value, given }) => {
    expectRefusal(() => withValidation(xovi(), value as never, { responses: 'throw' }), 'withValidation: api', 'must be one of nue, xovi, maileon', given);
  });
});

describe('createDriftCollector refuses what it does not take', () => {
  it.each(except(undefined))('an argument given $given', ({ value, given }) => {
    expectRefusal(
      () => (createDriftCollector as (options: unknown) => unknown)(value),
      'createDriftCollector: options',
      'are not taken (a collector keeps every distinct report with its count until clear())',
      given,
    );
  });

  it.each([
    ...except(),
    ...rows([
      [{ ...driftReport(), kind: 'typo' }, 'an object'],
      [{ ...driftReport(), count: 0 }, 'an object'],
    ]),
  ])('onDrift of something that is not a report given $given', ({ value, given }) => {
    const collector = createDriftCollector();
    expectRefusal(
      () => collector.onDrift(value as DriftReport),
      'DriftCollector.onDrift',
      'takes drift reports (from withValidation, or read back from its JSON Lines)',
      given,
    );
    expect(collector.reports()).toEqual([]);
  });

  it('accepts no argument or undefined, and keeps a report as it is', () => {
    const collector = (createDriftCollector as (options?: undefined) => ReturnType<typeof createDriftCollector>)(undefined);
    collector.onDrift(driftReport());
    expect(createDriftCollector().reports()).toEqual([]);
    expect(collector.reports()).toEqual([driftReport()]);
  });
});
