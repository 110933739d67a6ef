import { afterEach, describe, expect, it } from 'vitest';
import { createXoviClient, isApiError, isConfigurationError, isXoviCostError, isXoviError, XoviCostError, XoviError } from 'creditline/xovi';
import { sendJson, startServer, type TestServer } from '../support/http-server.js';
import { expectNoSecrets } from '../support/secrets.js';

const API_KEY = 'xovi-secret-key-4711';
const creditState = {
  creditamount: 1000,
  additionalCreditamount: 5000,
  bookedCreditamount: 1000,
  refillintervall: 4,
  lastrefill: '2013-03-08 15:00:00',
  creditsleft: 5280,
  creditsused: 720,
};

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function xoviAnswering(status: number, body: unknown) {
  server = await startServer((_req, res) => sendJson(res, status, body));
  return createXoviClient({ apiKey: API_KEY, baseUrl: `${server.origin}/api`, retry: { retries: 0 } });
}

describe('XOVI getCreditstate', () => {
  it('unwraps the credit state from the 0k. envelope and puts key and format in the path', async () => {
    const xovi = await xoviAnswering(200, { apiErrorCode: 0, apiErrorMessage: '0k.', apiResult: creditState });
    await expect(xovi.getCreditState()).resolves.toEqual(creditState);
    expect(server?.requests[0]?.url).toBe(`/api/user/getCreditstate/${API_KEY}/json`);
  });

  it('exposes the typed client with the key filled in', async () => {
    const xovi = await xoviAnswering(200, { apiErrorCode: 0, apiErrorMessage: '0k.', apiResult: creditState });
    const { data } = await xovi.client.GET('/user/getCreditstate/{key}/{format}', { params: { path: { format: 'json' } } });
    expect(data?.apiResult?.creditsleft).toBe(5280);
    expect(server?.requests[0]?.url).toBe(`/api/user/getCreditstate/${API_KEY}/json`);
  });

  const documentedErrors = ['internal error', 'param missing', 'param invalid', 'result empty'] as const;
  for (const [index, message] of documentedErrors.entries()) {
    it(`reports "${message}" as a XoviError carrying the message and code`, async () => {
      const xovi = await xoviAnswering(200, { apiErrorCode: index + 1, apiErrorMessage: message, apiResult: [] });
      const error = await xovi.getCreditState().catch((e: unknown) => e);
      expect(isXoviError(error)).toBe(true);
      expect(isXoviCostError(error)).toBe(false);
      expect(error).toMatchObject({ apiErrorMessage: message, apiErrorCode: index + 1, status: 200 });
      expect((error as Error).message).toContain(message);
      expectNoSecrets(error, [API_KEY]);
    });
  }

  it('makes "cost error" (credits exhausted) its own class', async () => {
    const xovi = await xoviAnswering(200, { apiErrorCode: 5, apiErrorMessage: 'cost error' });
    const error = await xovi.getCreditState().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(XoviCostError);
    expect(error).toBeInstanceOf(XoviError);
    expect(isXoviCostError(error)).toBe(true);
  });

  it('reads the envelope out of a non-2xx response too', async () => {
    const xovi = await xoviAnswering(403, { apiErrorCode: 2, apiErrorMessage: 'param invalid' });
    const error = await xovi.getCreditState().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'XoviError', apiErrorMessage: 'param invalid', status: 403 });
    expectNoSecrets(error, [API_KEY]);
  });

  it('keeps a non-envelope error response an ApiError with the key masked in its URL', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<html><body>Bad gateway</body></html>');
    });
    const xovi = createXoviClient({ apiKey: API_KEY, baseUrl: `${server.origin}/api`, retry: { retries: 0 } });
    const error = await xovi.getCreditState().catch((e: unknown) => e);
    expect(isApiError(error)).toBe(true);
    expect(error).toMatchObject({ status: 502, method: 'GET', pathTemplate: '/user/getCreditstate/{key}/{format}' });
    expect((error as { url: string }).url).toBe(`${server.origin}/api/user/getCreditstate/***/json`);
    expectNoSecrets(error, [API_KEY]);
  });

  it('returns the XML rendering as text and checks its envelope', async () => {
    const xml = `<?xml version="1.0"?>\n<result>\n<apiErrorCode>0</apiErrorCode>\n<apiErrorMessage>0k.</apiErrorMessage>\n<apiResult><creditstates><creditstate><creditsleft>5280</creditsleft></creditstate></creditstates></apiResult>\n</result>`;
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/xml' });
      res.end(xml);
    });
    const xovi = createXoviClient({ apiKey: API_KEY, baseUrl: `${server.origin}/api` });
    await expect(xovi.getCreditStateXml()).resolves.toBe(xml);
    expect(server.requests[0]?.url).toBe(`/api/user/getCreditstate/${API_KEY}/xml`);
  });

  it('reports an XML envelope error as XoviCostError', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/xml' });
      res.end('<?xml version="1.0"?><result><apiErrorCode>5</apiErrorCode><apiErrorMessage>cost error</apiErrorMessage><apiResult/></result>');
    });
    const xovi = createXoviClient({ apiKey: API_KEY, baseUrl: `${server.origin}/api` });
    const error = await xovi.getCreditStateXml().catch((e: unknown) => e);
    expect(isXoviCostError(error)).toBe(true);
    expect(error).toMatchObject({ apiErrorCode: 5 });
  });

  it('rejects a missing API key with a ConfigurationError naming the option', () => {
    let error: unknown;
    try {
      createXoviClient({ apiKey: '' });
    } catch (e) {
      error = e;
    }
    expect(isConfigurationError(error)).toBe(true);
    expect((error as Error).message).toContain('apiKey');
  });
});
