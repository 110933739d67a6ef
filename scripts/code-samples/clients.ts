// How a user reaches each API of redocly.yaml through creditline: the import, the client made
// with an API key from the environment, and which parameters the client fills in with that key
// (so a sample leaves them out). The curl samples send the same key, from the same variable.

export interface SampleClient {
  /** The import line of the sample. */
  imports: string;
  /** The line that makes the client, as the README shows it. */
  setup: string;
  /** The client's variable: `nue.GET(…)`. */
  variable: string;
  /** The environment variable that holds the API key (`$NUE_API_KEY` in curl). */
  apiKeyVariable: string;
  /** Parameters the client fills in with the key (XOVI's `key`, in the path or the query); curl sends the key there. */
  keyParameters: readonly string[];
}

const clients: Record<string, SampleClient> = {
  nue: {
    imports: "import { createNueClient } from 'creditline/nue';",
    setup: 'const nue = createNueClient({ auth: { apiKey: process.env.NUE_API_KEY! } });',
    variable: 'nue',
    apiKeyVariable: 'NUE_API_KEY',
    keyParameters: [],
  },
  xovi: {
    imports: "import { createXoviClient } from 'creditline/xovi';",
    setup: 'const xovi = createXoviClient({ apiKey: process.env.XOVI_API_KEY! });',
    variable: 'xovi',
    apiKeyVariable: 'XOVI_API_KEY',
    keyParameters: ['key'],
  },
  maileon: {
    imports: "import { createMaileonClient } from 'creditline/maileon';",
    setup: 'const maileon = createMaileonClient({ apiKey: process.env.MAILEON_API_KEY! });',
    variable: 'maileon',
    apiKeyVariable: 'MAILEON_API_KEY',
    keyParameters: [],
  },
};

/** The client of an API of redocly.yaml; an API without one is an error (add it here with its factory). */
export function sampleClient(api: string): SampleClient {
  const client = clients[api];
  if (!client) throw new Error(`scripts/code-samples/clients.ts: no client for the API "${api}"; add its factory there`);
  return client;
}
