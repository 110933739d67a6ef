// Users, tenants and secrets of the Nue client tests, and a client wired to the fake server.
import { createNueClient, type LogEntry, type NueClient, type NueClientOptions } from 'creditline/nue';
import { expectNoSecrets, expectNoSecretsInLog } from '../support/secrets.js';
import { createClock, type FakeClock, FakeNue, type FakeNueOptions, type FakeUser } from './fake-nue-server.js';

export const PASSWORD = 'pa55-w0rd-Secret!';
export const KEY_EU = 'tenant-key-eu-7f3a9c';
export const KEY_US = 'tenant-key-us-2b8d41';
export const KEY_SOLO = 'tenant-key-solo-c0ffee';

/** One tenant. */
export const SOLO: FakeUser = {
  userName: 'solo@example.com',
  password: PASSWORD,
  tenants: [{ tenantId: 'tn-solo', tenantName: 'Solo GmbH', tenantNumber: 7, apiAccessKey: KEY_SOLO }],
};

/** Two tenants in one organisation. */
export const MULTI: FakeUser = {
  userName: 'multi@example.com',
  password: PASSWORD,
  tenants: [
    { tenantId: 'tn-eu', tenantName: 'Acme EU', tenantNumber: 101, apiAccessKey: KEY_EU, orgId: 'org-1', orgName: 'Acme' },
    { tenantId: 'tn-us', tenantName: 'Acme US', tenantNumber: 102, apiAccessKey: KEY_US, orgId: 'org-1', orgName: 'Acme' },
  ],
};

export const STATIC_SECRETS = [PASSWORD, KEY_EU, KEY_US, KEY_SOLO];

/** Password login as SOLO. */
export const SOLO_AUTH = { username: SOLO.userName, password: PASSWORD };

export interface Setup {
  server: FakeNue;
  clock: FakeClock;
  log: LogEntry[];
  nue: NueClient;
  /** Every secret the test knows, the tokens the server issued included. */
  secrets(): string[];
}

/** A fake Nue (closed when the test finishes) with SOLO and MULTI, and a client of it on the same clock. */
export async function setup(
  clientOptions: Partial<NueClientOptions> & Pick<NueClientOptions, 'auth'>,
  serverOptions: Partial<FakeNueOptions> = {},
): Promise<Setup> {
  const clock = createClock();
  const server = await FakeNue.use({ clock, users: [SOLO, MULTI], ...serverOptions });
  const log: LogEntry[] = [];
  const nue = createNueClient({
    baseUrl: server.origin,
    now: clock.now,
    retry: { retries: 0 },
    log: (entry) => log.push(entry),
    ...clientOptions,
  });
  return { server, clock, log, nue, secrets: () => [...STATIC_SECRETS, ...server.issuedSecrets()] };
}

/** No secret in any rendering of the error, nor in any log line. */
export function expectClean(error: unknown, context: Setup, extraSecrets: string[] = []): void {
  const secrets = [...context.secrets(), ...extraSecrets];
  expectNoSecrets(error, secrets);
  expectNoSecretsInLog(context.log, secrets);
}

export const STATS = { params: { path: { customerId: 'cus-1' }, query: { accountPoolIds: ['pool-1'] } } };

/** Resolves once `condition` holds (checked every few ms; the test's own timeout bounds it). */
export async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 2));
}
