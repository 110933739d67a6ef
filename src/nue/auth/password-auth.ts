// Password login: `POST /auth/token` (operationId createAccessToken) gives `token`, `refreshToken`
// and `expiresIn`; the token goes out as `Authorization: Bearer` with the tenant's `apiAccessKey`
// header. Shortly before it expires (the skew) it is renewed through `POST /auth/refreshToken`
// (refreshAccessToken); when that fails, the client logs in again. One login or refresh at a
// time, however many requests wait for it. A 401 triggers one renewal and one resend (the core
// transport resends at most once, with the body intact).
//
// Decisions (the docs are silent):
// - `expiresIn` is in seconds; when missing, the token is taken to live 15 minutes: the reference
//   says one hour, another vendor page 15 minutes, and renewing early is harmless while renewing
//   late costs a 401 (spec/nue/CURATION.md, N5).
// - The skew (default 60 s) is capped at half the token's lifetime, so short-lived tokens are not
//   renewed on every request.
// - A refresh answer without `refreshToken` keeps the previous refresh token.
// - The tenant and its key are chosen at login and kept across refreshes.
// - After `logout()` the client refuses further requests (NueLoggedOutError); make a new
//   client to log in again.

import type { Logger } from '../../core/create-core-client.js';
import type { Redactor } from '../../core/redaction/redactor.js';
import { NueLoggedOutError, type NueTenantChoice } from '../errors.js';
import { type AuthEndpoints, type IssuedToken, LOGIN_PATH, REFRESH_PATH, REVOKE_PATH } from './auth-endpoints.js';
import type { NuePasswordAuth } from './auth-options.js';
import type { NueAuthProvider } from './nue-auth-provider.js';
import { createSecretRetirement } from './secret-retirement.js';
import { SingleFlight } from './single-flight.js';
import { chooseTenant } from './tenant-choice.js';

const DEFAULT_LIFETIME_SECONDS = 15 * 60;
const DEFAULT_SKEW_SECONDS = 60;

interface Session {
  token: string;
  refreshToken: string | undefined;
  /** Clock time (ms) when the token expires. */
  expiresAt: number;
  /** How long before `expiresAt` the token is renewed (ms). */
  skewMs: number;
  apiAccessKey: string;
  tenant: NueTenantChoice | undefined;
}

export interface PasswordAuthContext {
  endpoints: AuthEndpoints;
  /** Masks the tokens; replaced ones are retired from it once expired (secret-retirement.ts). */
  redactor: Redactor;
  now: () => number;
  log: Logger | undefined;
  /** Base URL, for log lines. */
  baseUrl: string;
}

export function passwordAuth(options: NuePasswordAuth, context: PasswordAuthContext): NueAuthProvider {
  const { endpoints, now, log } = context;
  const userName = options.username;
  const skewSeconds = options.refreshSkewSeconds ?? DEFAULT_SKEW_SECONDS;
  // The tenant list is needed unless the caller gave the key and named no tenant.
  const showTenants = options.apiAccessKey === undefined || options.tenant !== undefined;
  const flight = new SingleFlight<Session>();
  const retirement = createSecretRetirement(context.redactor, now);
  /** The token each request went out with, to tell a stale 401 from a fresh one. */
  const sentWith = new WeakMap<Request, string>();
  let session: Session | undefined;
  let loggedOut = false;

  // The base URL of an origin alone ends with '/'; the paths start with one.
  const base = context.baseUrl.replace(/\/$/, '');
  const debug = (message: string, path: string) => log?.({ level: 'debug', message, method: 'POST', url: `${base}${path}`, attempt: 0 });

  function sessionFrom(result: IssuedToken, previous: Session | undefined): Session {
    const { apiAccessKey, tenant } = previous ?? chooseTenant(result.tenants, options.tenant, options.apiAccessKey);
    const lifetimeMs = (result.expiresIn !== undefined && result.expiresIn > 0 ? result.expiresIn : DEFAULT_LIFETIME_SECONDS) * 1000;
    return {
      token: result.token,
      refreshToken: result.refreshToken ?? previous?.refreshToken,
      expiresAt: now() + lifetimeMs,
      skewMs: Math.min(skewSeconds * 1000, lifetimeMs / 2),
      apiAccessKey,
      tenant,
    };
  }

  async function login(): Promise<Session> {
    const result = await endpoints.login(userName, options.password, showTenants);
    const fresh = sessionFrom(result, undefined);
    debug(`logged in to Nue as ${userName}${fresh.tenant?.tenantName ? ` (tenant ${fresh.tenant.tenantName})` : ''}`, LOGIN_PATH);
    return fresh;
  }

  /** Refresh when there is a refresh token; log in when there is none or the refresh fails. */
  async function renew(stale: Session | undefined): Promise<Session> {
    let fresh: Session | undefined;
    if (stale?.refreshToken) {
      try {
        fresh = sessionFrom(await endpoints.refresh(userName, stale.refreshToken, stale.apiAccessKey), stale);
        debug('refreshed the Nue token', REFRESH_PATH);
      } catch (error) {
        debug(`refreshing the Nue token failed (${error instanceof Error ? error.name : 'error'}); logging in again`, REFRESH_PATH);
      }
    }
    fresh ??= await login();
    const previous = session;
    session = fresh;
    retirement.replaced(previous, fresh);
    return fresh;
  }

  async function currentSession(signal?: AbortSignal): Promise<Session> {
    if (loggedOut) throw new NueLoggedOutError();
    const known = session;
    if (known && now() < known.expiresAt - known.skewMs) return known;
    return flight.run(() => renew(known), signal);
  }

  return {
    strategy: 'password',
    async authorize(request, signal) {
      const { token, apiAccessKey } = await currentSession(signal);
      sentWith.set(request, token);
      // The attempt's request belongs to the transport: set the headers in place.
      request.headers.set('Authorization', `Bearer ${token}`);
      request.headers.set('apiAccessKey', apiAccessKey);
      return request;
    },
    async onUnauthorized(request, signal) {
      if (loggedOut) return false;
      const used = sentWith.get(request);
      const known = session;
      // A renewal is under way, or done since this request went out: resend with its token.
      if (!flight.running && known !== undefined && known.token !== used) return true;
      if (!flight.running) debug('Nue answered 401; renewing the token once', REFRESH_PATH);
      await flight.run(() => renew(known), signal);
      return true;
    },
    async login(signal) {
      await currentSession(signal);
    },
    async logout(signal) {
      loggedOut = true;
      await flight.settled();
      const ending = session;
      session = undefined;
      if (!ending?.refreshToken) return;
      await endpoints.revoke(userName, ending.refreshToken, ending.apiAccessKey, signal);
      debug('revoked the Nue refresh token', REVOKE_PATH);
    },
    tenant: () => session?.tenant,
  };
}
