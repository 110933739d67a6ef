// The servers scenario.mjs talks to, on 127.0.0.1 and closed when the test ends: the three
// vendors' fakes, one that answers 500 with the key it was sent, one that never answers, a port
// that refuses connections and one that cuts every body off mid-way.
import type { ServerResponse } from 'node:http';
import { contingentPages, MAILEON_KEY, useFakeMaileon } from '../maileon/fake-maileon.js';
import { CUSTOMER, NUE_API_KEY, pool, useFakeNueCredits } from '../nue-client/fake-nue-credits.js';
import { refusedOrigin, sendJson, type TestServer, useServer } from '../support/http-server.js';
import { useFakeXovi, XOVI_KEY } from '../xovi/fake-xovi.js';

/** What the scenario is given: the keys and where each server is. */
export interface ScenarioConfig {
  keys: { xovi: string; maileon: string; nue: string };
  customerId: string;
  origins: Record<'xovi' | 'maileon' | 'nue' | 'echo' | 'hanging' | 'refused' | 'cutOff', string>;
}

export const SCENARIO_KEYS = [XOVI_KEY, MAILEON_KEY, NUE_API_KEY];

/** The servers for one run; `maileon` and `cutOff` are returned for the requests they saw. */
export async function useScenarioServers(): Promise<{ config: ScenarioConfig; maileon: TestServer; cutOff: TestServer }> {
  const xovi = await useFakeXovi();
  const maileon = await useFakeMaileon({ pages: contingentPages(3, 2) });
  const nue = await useFakeNueCredits({ pools: [1, 2].map(pool) });
  const echo = await useServer((request, response) => sendJson(response, 500, { message: `invalid api key ${request.headers['nue-api-key']}` }));
  const hanging = await useServer(() => undefined);
  const cutOff = await useServer((_request, response) => cutOffMidway(response));
  const refused = await refusedOrigin();
  return {
    config: {
      keys: { xovi: XOVI_KEY, maileon: MAILEON_KEY, nue: NUE_API_KEY },
      customerId: CUSTOMER,
      origins: { xovi: xovi.origin, maileon: maileon.origin, nue: nue.origin, echo: echo.origin, hanging: hanging.origin, refused, cutOff: cutOff.origin },
    },
    maileon,
    cutOff,
  };
}

/** Headers and half of a JSON body, then the connection is dropped. */
function cutOffMidway(response: ServerResponse): void {
  const text = JSON.stringify({ status: 'success', data: { accountCreditPoolStats: {} } });
  response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(text.length) });
  response.write(text.slice(0, text.length / 2));
  setTimeout(() => response.socket?.destroy(), 5);
}
