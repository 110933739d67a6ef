// Generated from the bundled spec of Maileon Partner API — prepaid contingents by `npm run generate`; do not edit.
// The TypeScript sample of every operation, as the HTML docs show it (x-codeSamples,
// scripts/code-samples/): `npm run typecheck` checks that each call fits the client's types.
import { createMaileonClient } from 'creditline/maileon';

const maileon = createMaileonClient({ apiKey: process.env.MAILEON_API_KEY! });

/** GET /partner/settings/prepaids/contingents */
export async function listContingents() {
  const { data } = await maileon.GET('/partner/settings/prepaids/contingents', {
    params: { query: { nl_account_id: 1 } },
  });
  return data;
}
