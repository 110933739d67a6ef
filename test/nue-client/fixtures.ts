// Users, tenants and secrets of the Nue client tests, and a client wired to the fake server; and
// a Nue whose auth endpoints answer as a test scripts them (for login answers the fake never gives).
import { createNueClient, type LogEntry, type NueClient, type NueClientOptions } from 'creditline/nue';
import { type RecordedRequest, sendJson, sendRaw, useServer } from '../support/http-server.js';
import { expectNoSecrets, expectNoSecretsInLog } from '../support/secrets.js';
import { NUE_API_KEY } from './fake-nue-credits.js';
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

/** A client with the API key of the credits fake (fake-nue-credits.ts) at `origin`, without retries. */
export function apiKeyClient(origin: string, options: Partial<NueClientOptions> = {}): NueClient {
  return createNueClient({ baseUrl: origin, auth: { apiKey: NUE_API_KEY }, retry: { retries: 0 }, ...options });
}

/** No secret in any rendering of the error, nor in any log line. */
export function expectClean(error: unknown, context: Setup, extraSecrets: string[] = []): void {
  const secrets = [...context.secrets(), ...extraSecrets];
  expectNoSecrets(error, secrets);
  expectNoSecretsInLog(context.log, secrets);
}

export const STATS = { params: { path: { customerId: 'cus-1' }, query: { accountPoolIds: ['pool-1'] } } };

/** What `call` throws, or undefined when it returns. */
export function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  return undefined;
}

/** A promise that stays pending until the test calls `open()` (to hold a scripted answer back). */
export function gate(): { opened: Promise<void>; open: () => void } {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

/** Resolves once `condition` holds (checked every few ms; the test's own timeout bounds it). */
export async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 2));
}

export const SCRIPTED_USER = 'scripted@example.com';
export const SCRIPTED_PASSWORD = 'Scr1pted-pa55!';
export const KEY_A = 'scripted-key-a-91c2';
export const KEY_B = 'scripted-key-b-4d7e';
export const TENANT_A = { tenantId: 'tn-a', tenantName: 'Alpha', tenantNumber: 1, apiAccessKey: KEY_A };
export const TENANT_B = { tenantId: 'tn-b', tenantName: 'Beta', tenantNumber: 2, apiAccessKey: KEY_B };

/** One answer of the scripted Nue. */
export interface AuthAnswer {
  status?: number;
  body?: unknown;
  /** Sent as it is with no content type (204 and the like). */
  raw?: string;
}
type AuthRoute = (request: RecordedRequest, n: number) => AuthAnswer | Promise<AuthAnswer>;

interface AuthScript {
  login?: AuthRoute;
  refresh?: AuthRoute;
  revoke?: AuthRoute;
  api?: AuthRoute;
}

/** The default answer of an API call. */
export const STATS_OK = { body: { status: 'SUCCESS', data: { summary: {} } } };

/** A login route that always answers `body`. */
export const loginAnswer = (body: Record<string, unknown>) => () => ({ body });

/**
 * A Nue whose auth endpoints answer as the script says (every login gets a new token `tok-<n>` by
 * default), and a password client of it as SCRIPTED_USER with `auth` added, on a clock the test moves.
 */
export async function scriptedNue(script: AuthScript, auth: Record<string, unknown> = {}) {
  const counts = { login: 0, refresh: 0, revoke: 0, api: 0 };
  const server = await useServer(async (request, response) => {
    const kind = ({ '/auth/token': 'login', '/auth/refreshToken': 'refresh', '/auth/revokeToken': 'revoke' } as const)[request.path] ?? 'api';
    const n = ++counts[kind];
    const fallback: AuthRoute =
      kind === 'login'
        ? () => ({ body: { token: `tok-${n}`, refreshToken: `ref-${n}`, expiresIn: 3600, tenants: [TENANT_A] } })
        : kind === 'refresh'
          ? () => ({ body: { token: `tok-r${n}`, refreshToken: `ref-r${n}`, expiresIn: 3600 } })
          : kind === 'revoke'
            ? () => ({ raw: 'Token revoked' })
            : () => STATS_OK;
    const answer = await (script[kind] ?? fallback)(request, n);
    if (answer.raw !== undefined) return sendRaw(response, answer.status ?? 200, answer.raw);
    sendJson(response, answer.status ?? 200, answer.body);
  });
  const clock = createClock();
  const log: LogEntry[] = [];
  const nue: NueClient = createNueClient({
    baseUrl: server.origin,
    auth: { username: SCRIPTED_USER, password: SCRIPTED_PASSWORD, ...auth },
    now: clock.now,
    retry: { retries: 0 },
    log: (entry) => log.push(entry),
  });
  const to = (path: string) => server.requests.filter((r) => r.path === path);
  return { server, clock, log, nue, counts, to, get: () => nue.GET('/customers/{customerId}/credit-stats', STATS) };
}
