// Generated from the bundled spec of Maileon Partner API — prepaid settings and contingents by `npm run generate`; do not edit.
// The TypeScript sample of every operation, as the HTML docs show it (x-codeSamples,
// scripts/code-samples/): `npm run typecheck` checks that each call fits the client's types.
import { createMaileonClient } from 'creditline/maileon';

const maileon = createMaileonClient({ apiKey: process.env.MAILEON_API_KEY! });

/** GET /partner/settings/prepaids/status */
export async function getPrepaidStatus() {
  const { data } = await maileon.GET('/partner/settings/prepaids/status', {
    params: { query: { nl_account_id: 1 } },
  });
  return data;
}

/** POST /partner/settings/prepaids/status */
export async function updatePrepaidStatus() {
  const { data } = await maileon.POST('/partner/settings/prepaids/status', {
    params: { query: { nl_account_id: 1 } },
    body: { active: true },
  });
  return data;
}

/** GET /partner/settings/prepaids/contingents */
export async function listContingents() {
  const { data } = await maileon.GET('/partner/settings/prepaids/contingents', {
    params: { query: { nl_account_id: 1 } },
  });
  return data;
}

/** PUT /partner/settings/prepaids/contingents */
export async function createContingent() {
  const { data } = await maileon.PUT('/partner/settings/prepaids/contingents', {
    params: { query: { nl_account_id: 1 } },
    body: {
      expiryDate: '2024-01-31T12:00:00Z',
      contingentValue: 1,
      name: 'sample',
    },
  });
  return data;
}

/** GET /partner/settings/prepaids/contingents/contingent/{cid} */
export async function getContingent() {
  const { data } = await maileon.GET('/partner/settings/prepaids/contingents/contingent/{cid}', {
    params: { path: { cid: '123' }, query: { nl_account_id: 1 } },
  });
  return data;
}

/** POST /partner/settings/prepaids/contingents/contingent/{cid} */
export async function updateContingent() {
  const { data } = await maileon.POST('/partner/settings/prepaids/contingents/contingent/{cid}', {
    params: { path: { cid: '123' }, query: { nl_account_id: 1 } },
    body: {
      expiryDate: '2024-01-31T12:00:00Z',
      contingentValue: 1,
      name: 'sample',
    },
  });
  return data;
}

/** DELETE /partner/settings/prepaids/contingents/contingent/{cid} */
export async function deleteContingent() {
  const { data } = await maileon.DELETE('/partner/settings/prepaids/contingents/contingent/{cid}', {
    params: { path: { cid: '123' }, query: { nl_account_id: 1 } },
  });
  return data;
}
