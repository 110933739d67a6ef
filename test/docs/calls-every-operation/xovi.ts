// Generated from the bundled spec of XOVI Suite API — credits and limits by `npm run generate`; do not edit.
// The TypeScript sample of every operation, as the HTML docs show it (x-codeSamples,
// scripts/code-samples/): `npm run typecheck` checks that each call fits the client's types.
import { createXoviClient } from 'creditline/xovi';

const xovi = createXoviClient({ apiKey: process.env.XOVI_API_KEY! });

/** GET /user/getCreditstate */
export async function getCreditstateByQuery() {
  const { data } = await xovi.GET('/user/getCreditstate', {
    params: { query: { format: 'json' } },
  });
  return data;
}

/** GET /user/getCreditstate/{key}/{format} */
export async function getCreditstate() {
  const { data } = await xovi.GET('/user/getCreditstate/{key}/{format}', {
    params: { path: { format: 'json' } },
  });
  return data;
}

/** GET /user/getXoviLimits */
export async function getXoviLimitsByQuery() {
  const { data } = await xovi.GET('/user/getXoviLimits', {
    params: { query: { format: 'json' } },
  });
  return data;
}

/** GET /user/getXoviLimits/{key}/{format} */
export async function getXoviLimits() {
  const { data } = await xovi.GET('/user/getXoviLimits/{key}/{format}', {
    params: { path: { format: 'json' } },
  });
  return data;
}

/** GET /monitor/getKeywordLimits */
export async function getKeywordLimitsByQuery() {
  const { data } = await xovi.GET('/monitor/getKeywordLimits', {
    params: { query: { format: 'json' } },
  });
  return data;
}

/** GET /monitor/getKeywordLimits/{key}/{format} */
export async function getKeywordLimits() {
  const { data } = await xovi.GET('/monitor/getKeywordLimits/{key}/{format}', {
    params: { path: { format: 'json' } },
  });
  return data;
}
