// The clients of the per-call tables, each making the same GET one at a time. creditline is
// imported by its package name: the benchmark's processes run compiled by esbuild under plain
// Node, where `creditline/<api>` resolves through package.json's `exports` to dist/src/<api>/
// index.js of the run's copy of the built package, as an installed copy does (worker-build.ts,
// package-snapshot.ts).
import { Agent } from 'node:http';
import axios from 'axios';
import { createMaileonClient } from 'creditline/maileon';
import { createNueClient } from 'creditline/nue';
import { createXoviClient } from 'creditline/xovi';
import createClient from 'openapi-fetch';
import type { paths as MaileonPaths, operations } from '../../generated/maileon.js';
import type { paths as NuePaths } from '../../generated/nue.js';
import type { paths as XoviPaths } from '../../generated/xovi.js';
import { MAILEON_KEY, MAILEON_PAGE_SIZE, NUE_AUTH, XOVI_KEY } from './answers.js';

export type Fetch = typeof globalThis.fetch;
export type Api = 'XOVI' | 'Maileon' | 'Nue';

export interface Contender {
  name: string;
  api: Api;
  /** The bare openapi-fetch client of its API: what the other rows of that API are compared with. */
  baseline?: true;
  /** Not a client: a runtime cost every client with an attempt timeout pays, shown for scale. */
  scale?: true;
  run: () => Promise<unknown>;
}

/** One fetch per API (in memory, each answers with its API's body); undefined: the global fetch, as users have it. */
export type Fetches = Record<Api, Fetch> | undefined;

const CREDIT_STATE = '/user/getCreditstate/{key}/{format}';
const CONTINGENTS = '/partner/settings/prepaids/contingents';
const CREDIT_STATS = '/customers/{customerId}/credit-stats';
const contingentsQuery = { nl_account_id: 1, page_size: MAILEON_PAGE_SIZE };
type ContingentsQuery = operations['listContingents']['parameters']['query'];

/** Every client with creditline's default retry and timeout options but one (`attemptMs: 0`); axios only where it can run (it takes no fetch). */
export function contenders(origin: string, fetches: Fetches, withAxios: boolean): Contender[] {
  const xoviBase = `${origin}/api`;
  const fetchOf = (api: Api) => (fetches ? { fetch: fetches[api] } : {});
  const rawFetch = fetches?.XOVI ?? globalThis.fetch;
  const rawUrl = `${xoviBase}/user/getCreditstate/${XOVI_KEY}/json`;

  const bareXovi = createClient<XoviPaths>({ baseUrl: xoviBase, ...fetchOf('XOVI') });
  const xovi = createXoviClient({ apiKey: XOVI_KEY, baseUrl: xoviBase, ...fetchOf('XOVI') });
  // The one non-default client: what the attempt timeout (its AbortController) costs a call.
  const xoviUntimed = createXoviClient({ apiKey: XOVI_KEY, baseUrl: xoviBase, timeout: { attemptMs: 0 }, ...fetchOf('XOVI') });
  const bareMaileon = createClient<MaileonPaths>({ baseUrl: origin, ...fetchOf('Maileon') });
  const maileon = createMaileonClient({ apiKey: MAILEON_KEY, baseUrl: origin, ...fetchOf('Maileon') });
  const nueHeaders = { Authorization: `Bearer ${NUE_AUTH.bearerToken}`, apiAccessKey: NUE_AUTH.apiAccessKey };
  const bareNue = createClient<NuePaths>({ baseUrl: origin, headers: nueHeaders, ...fetchOf('Nue') });
  const nue = createNueClient({ baseUrl: origin, auth: NUE_AUTH, ...fetchOf('Nue') });
  // A keep-alive agent of its own, as every fetch client has in undici's global dispatcher.
  const axiosClient = axios.create({ baseURL: xoviBase, httpAgent: new Agent({ keepAlive: true }) });

  const rows: Contender[] = [
    { name: 'raw fetch + json()', api: 'XOVI', run: async () => (await rawFetch(rawUrl)).json() },
    { name: 'bare openapi-fetch', api: 'XOVI', baseline: true, run: () => bareXovi.GET(CREDIT_STATE, { params: { path: { key: XOVI_KEY, format: 'json' } } }) },
    { name: 'creditline xovi.GET', api: 'XOVI', run: () => xovi.GET(CREDIT_STATE, { params: { path: { format: 'json' } } }) },
    { name: 'creditline xovi.getCreditState()', api: 'XOVI', run: () => xovi.getCreditState() },
    { name: 'creditline xovi.GET, attemptMs: 0', api: 'XOVI', run: () => xoviUntimed.GET(CREDIT_STATE, { params: { path: { format: 'json' } } }) },
    // In memory, what one attempt's timeout costs before any client code runs: the signal handed to fetch.
    ...(fetches
      ? [
          {
            name: 'new AbortController() alone',
            api: 'XOVI' as const,
            scale: true as const,
            run: () => Promise.resolve({ signal: new AbortController().signal }),
          },
        ]
      : []),
    ...(withAxios ? [{ name: 'axios', api: 'XOVI' as const, run: () => axiosClient.get(`/user/getCreditstate/${XOVI_KEY}/json`) }] : []),
    {
      name: 'bare openapi-fetch',
      api: 'Maileon',
      baseline: true,
      // The key is not a parameter of the spec (a security scheme): a bare client puts it into the query itself.
      run: () => bareMaileon.GET(CONTINGENTS, { params: { query: { ...contingentsQuery, key: MAILEON_KEY } as ContingentsQuery } }),
    },
    { name: 'creditline maileon.GET', api: 'Maileon', run: () => maileon.GET(CONTINGENTS, { params: { query: contingentsQuery } }) },
    {
      name: 'bare openapi-fetch',
      api: 'Nue',
      baseline: true,
      // The same bytes on the wire as creditline's JSON-encoded accountPoolIds (spec/nue/CURATION.md D2).
      run: () => bareNue.GET(CREDIT_STATS, { params: { path: { customerId: 'c-1' }, query: { accountPoolIds: [JSON.stringify(['pool-1'])] } } }),
    },
    {
      name: 'creditline nue.GET, bearer auth',
      api: 'Nue',
      run: () => nue.GET(CREDIT_STATS, { params: { path: { customerId: 'c-1' }, query: { accountPoolIds: ['pool-1'] } } }),
    },
  ];
  return rows;
}
