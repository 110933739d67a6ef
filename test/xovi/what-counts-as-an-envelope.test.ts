// What counts as XOVI's envelope, and as its success, in JSON and XML: `apiErrorMessage` a string
// and `apiErrorCode` absent, a whole number or a numeric string (X3), nothing else; success is
// `0k.` with code 0 or no code. Any other body is a ResponseParseError, never a guess.
import { createXoviClient, isResponseParseError } from 'creditline/xovi';
import { describe, expect, it } from 'vitest';
import { caught } from '../support/caught.js';
import { sendRaw, useServer } from '../support/http-server.js';
import { CREDIT_STATE, useFakeXovi, XOVI_KEY } from './fake-xovi.js';

const client = (origin: string) => createXoviClient({ apiKey: XOVI_KEY, baseUrl: `${origin}/api`, retry: { retries: 0 } });
const answeredWith = async (body: unknown) => caught(client((await useFakeXovi({ body })).origin).getCreditState());

describe('a JSON envelope', () => {
  it('succeeds with 0k. and no code at all', async () => {
    const server = await useFakeXovi({ body: { apiErrorMessage: '0k.', apiResult: CREDIT_STATE } });
    await expect(client(server.origin).getCreditState()).resolves.toEqual(CREDIT_STATE);
  });

  it('is an error whatever its code when the message is not 0k., and says the code only when there is one', async () => {
    expect(await answeredWith({ apiErrorCode: 0, apiErrorMessage: 'internal error' })).toMatchObject({
      name: 'XoviError',
      apiErrorCode: 0,
      message: 'GET /user/getCreditstate/{key}/{format}: XOVI answered internal error (apiErrorCode 0)',
    });
    expect(await answeredWith({ apiErrorMessage: 'result empty' })).toMatchObject({
      name: 'XoviError',
      apiErrorCode: undefined,
      message: 'GET /user/getCreditstate/{key}/{format}: XOVI answered result empty',
    });
  });

  it('reads a numeric code with spaces around it, or negative', async () => {
    expect(await answeredWith({ apiErrorCode: ' 2 ', apiErrorMessage: 'param invalid' })).toMatchObject({ name: 'XoviAuthError', apiErrorCode: 2 });
    expect(await answeredWith({ apiErrorCode: '-7', apiErrorMessage: 'internal error' })).toMatchObject({ name: 'XoviError', apiErrorCode: -7 });
  });

  it.each([
    ['a code with letters before it', { apiErrorCode: 'x2', apiErrorMessage: 'param invalid' }],
    ['a code with letters after it', { apiErrorCode: '2x', apiErrorMessage: 'param invalid' }],
    ['a code that is no whole number', { apiErrorCode: 2.5, apiErrorMessage: 'param invalid' }],
    ['a code that is true', { apiErrorCode: true, apiErrorMessage: 'param invalid' }],
    ['a message that is no string', { apiErrorCode: 0, apiErrorMessage: 7, apiResult: CREDIT_STATE }],
    ['a credit state whose lastrefill is no string', { apiErrorCode: 0, apiErrorMessage: '0k.', apiResult: { ...CREDIT_STATE, lastrefill: 20130308 } }],
  ])('is not one with %s: a ResponseParseError', async (_, body) => {
    expect(isResponseParseError(await answeredWith(body))).toBe(true);
  });
  it('is not one when the body is JSON null', async () => {
    const server = await useServer((_request, response) => sendRaw(response, 200, 'null', { 'content-type': 'application/json' }));
    expect(isResponseParseError(await caught(client(server.origin).getCreditState()))).toBe(true);
  });
});

describe('an XML envelope', () => {
  const xml = (fields: string) => `<?xml version="1.0"?><result>${fields}<apiResult/></result>`;
  const answeredXml = async (body: string) => {
    const server = await useServer((_request, response) => sendRaw(response, 200, body, { 'content-type': 'application/xml' }));
    return caught(client(server.origin).getCreditStateXml());
  };

  it('reads the message trimmed, the parameter XOVI names and its credits', async () => {
    expect(await answeredXml(xml('<apiErrorCode> 5 </apiErrorCode><apiErrorMessage> cost error </apiErrorMessage><credits>0</credits>'))).toMatchObject({
      name: 'XoviCostError',
      apiErrorCode: 5,
      credits: '0',
    });
    expect(
      await answeredXml(xml('<apiErrorCode>80</apiErrorCode><apiErrorMessage>param missing</apiErrorMessage><paramname>format</paramname>')),
    ).toMatchObject({ name: 'XoviParamError', paramName: 'format' });
  });

  it('is not one with a code that is no number', async () => {
    expect(isResponseParseError(await answeredXml(xml('<apiErrorCode>two</apiErrorCode><apiErrorMessage>param invalid</apiErrorMessage>')))).toBe(true);
  });
});

describe('a redirect', () => {
  it('of any 3xx status, 300 included, is the login redirect', async () => {
    const server = await useServer((_request, response) => sendRaw(response, 300, '', { location: '/login' }));
    const error = await caught(createXoviClient({ apiKey: XOVI_KEY, baseUrl: `${server.origin}/api`, keyIn: 'path', retry: { retries: 0 } }).getCreditState());
    expect(error).toMatchObject({ name: 'XoviAuthError', problem: 'login-redirect', status: 300, apiErrorMessage: 'a redirect to the login page' });
  });
});
