// What counts as XOVI's envelope, and as its success, in JSON and XML: `apiErrorMessage` a string
// and `apiErrorCode` absent, a whole number or a numeric string (X3), nothing else; success is
// `0k.` with code 0 or no code. The helpers turn anything else into a ResponseParseError (the
// client tests show that end to end); here the reading itself, case by case.
import { describe, expect, it } from 'vitest';
import { Redactor } from '../../src/core/redaction/redactor.js';
import { isCreditState } from '../../src/xovi/credit-state.js';
import { envelopeError, isSuccess, readJsonEnvelope, readXmlEnvelope } from '../../src/xovi/envelope.js';
import { CREDIT_STATE } from './fake-xovi.js';

const answer = {
  method: 'GET',
  pathTemplate: '/user/getCreditstate/{key}/{format}',
  url: 'https://api.xovi.net/user/getCreditstate/***/json',
  status: 200,
  statusText: 'OK',
  body: undefined,
  requestId: undefined,
};

describe('a JSON envelope', () => {
  it('succeeds with 0k. and code 0, a numeric string 0 or no code at all', () => {
    for (const body of [
      { apiErrorCode: 0, apiErrorMessage: '0k.', apiResult: CREDIT_STATE },
      { apiErrorCode: '0', apiErrorMessage: '0k.', apiResult: CREDIT_STATE },
      { apiErrorMessage: '0k.', apiResult: CREDIT_STATE },
    ]) {
      const envelope = readJsonEnvelope(body);
      expect(envelope).toMatchObject({ message: '0k.', result: CREDIT_STATE });
      expect(isSuccess(envelope!)).toBe(true);
    }
  });

  it('fails with another message whatever its code, and with 0k. next to another code', () => {
    expect(isSuccess(readJsonEnvelope({ apiErrorCode: 0, apiErrorMessage: 'internal error' })!)).toBe(false);
    expect(isSuccess(readJsonEnvelope({ apiErrorMessage: 'result empty' })!)).toBe(false);
    expect(isSuccess(readJsonEnvelope({ apiErrorCode: 3, apiErrorMessage: '0k.' })!)).toBe(false);
  });

  it('reads a numeric code with spaces around it, or negative, and the parameter under either spelling', () => {
    expect(readJsonEnvelope({ apiErrorCode: ' 2 ', apiErrorMessage: 'param invalid' })).toMatchObject({ code: 2 });
    expect(readJsonEnvelope({ apiErrorCode: '-7', apiErrorMessage: 'internal error' })).toMatchObject({ code: -7 });
    expect(readJsonEnvelope({ apiErrorCode: 80, apiErrorMessage: 'param missing', paramname: 'format' })).toMatchObject({ paramName: 'format' });
    expect(readJsonEnvelope({ apiErrorCode: 80, apiErrorMessage: 'param missing', paramName: 'key' })).toMatchObject({ paramName: 'key' });
    expect(readJsonEnvelope({ apiErrorCode: 80, apiErrorMessage: 'param missing', paramname: 7 })).toMatchObject({ paramName: undefined });
  });

  it.each([
    ['a code with letters before it', { apiErrorCode: 'x2', apiErrorMessage: 'param invalid' }],
    ['a code with letters after it', { apiErrorCode: '2x', apiErrorMessage: 'param invalid' }],
    ['a code that is no whole number', { apiErrorCode: 2.5, apiErrorMessage: 'param invalid' }],
    ['a code that is true', { apiErrorCode: true, apiErrorMessage: 'param invalid' }],
    ['a code that is null', { apiErrorCode: null, apiErrorMessage: 'param invalid' }],
    ['a message that is no string', { apiErrorCode: 0, apiErrorMessage: 7 }],
    ['null', null],
    ['a list', [{ apiErrorCode: 0, apiErrorMessage: '0k.' }]],
    ['a string', '0k.'],
  ])('is not one with %s', (_, body) => {
    expect(readJsonEnvelope(body)).toBeUndefined();
  });
});

describe('an XML envelope', () => {
  const xml = (fields: string) => `<?xml version="1.0"?><result>${fields}<apiResult/></result>`;

  it('reads the message and code trimmed, the parameter XOVI names and its credits', () => {
    expect(readXmlEnvelope(xml('<apiErrorCode> 5 </apiErrorCode><apiErrorMessage> cost error </apiErrorMessage><credits>0</credits>'))).toEqual({
      message: 'cost error',
      code: 5,
      result: undefined,
      paramName: undefined,
      credits: '0',
    });
    expect(readXmlEnvelope(xml('<apiErrorCode>80</apiErrorCode><apiErrorMessage>param missing</apiErrorMessage><paramname>format</paramname>'))).toMatchObject({
      paramName: 'format',
      credits: undefined,
    });
  });

  it('is not one without a message or with a code that is no number', () => {
    expect(readXmlEnvelope(xml('<apiErrorCode>two</apiErrorCode><apiErrorMessage>param invalid</apiErrorMessage>'))).toBeUndefined();
    expect(readXmlEnvelope(xml('<apiErrorCode>0</apiErrorCode>'))).toBeUndefined();
  });
});

describe('the error of an envelope', () => {
  const redactor = new Redactor(['xovi-secret-key-4711']);
  it('says the code only when there is one, and masks what XOVI echoed', () => {
    expect(envelopeError({ message: 'internal error', code: 0, result: undefined, paramName: undefined, credits: undefined }, answer, redactor).message).toBe(
      'GET /user/getCreditstate/{key}/{format}: XOVI answered internal error (apiErrorCode 0)',
    );
    expect(
      envelopeError(
        { message: 'result empty for xovi-secret-key-4711', code: undefined, result: undefined, paramName: undefined, credits: undefined },
        answer,
        redactor,
      ).message,
    ).toBe('GET /user/getCreditstate/{key}/{format}: XOVI answered result empty for ***');
  });

  it('is a XoviParamError for code 80, naming the parameter masked, or none when XOVI names none', () => {
    const missing = (paramName: string | undefined) =>
      envelopeError({ message: 'param missing', code: 80, result: undefined, paramName, credits: undefined }, answer, redactor);
    expect(missing(undefined)).toMatchObject({ name: 'XoviParamError', apiErrorCode: 80, paramName: undefined });
    expect(missing('xovi-secret-key-4711')).toMatchObject({ name: 'XoviParamError', paramName: '***' });
  });
});

describe('the credit state inside a 0k. envelope', () => {
  it('is an object with lastrefill as a string and every count a finite number', () => {
    expect(isCreditState(CREDIT_STATE)).toBe(true);
    for (const value of [null, undefined, 0, 'x', [CREDIT_STATE], { ...CREDIT_STATE, lastrefill: 20130308 }, { ...CREDIT_STATE, creditsleft: '5280' }]) {
      expect(isCreditState(value)).toBe(false);
    }
  });
});
