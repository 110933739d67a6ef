// The Tenants and Users auth endpoints (no `/v1` prefix: nue-api-reference.txt ~149, ~1703,
// ~1854, ~2005), called on the typed client for those paths. That client has no bearer hook, so
// a login never waits on itself; retries, timeouts and redaction are the shared ones. Answers are
// read as a stream and parsed here: every token, refresh token, tenant key and challenge session
// is registered with the redactor before anything else can see the body.
import type { Client } from 'openapi-fetch';
import type { paths } from '../../../generated/nue.js';
import type { Redactor } from '../../core/redaction/redactor.js';
import { NueApiError } from '../errors/nue-api-error.js';
import { NueAuthError } from '../errors/nue-auth-error.js';
import { parseAuthenticationResult, type NueAuthenticationResult } from './authentication-result.js';

export const LOGIN_PATH = '/auth/token' as const;
export const REFRESH_PATH = '/auth/refreshToken' as const;
export const REVOKE_PATH = '/auth/revokeToken' as const;

export interface AuthEndpoints {
  /** `POST /auth/token` with an AuthenticationRequest (`userName`, `password`, `showTenants`). */
  login(userName: string, password: string, showTenants: boolean, signal?: AbortSignal): Promise<NueAuthenticationResult>;
  /** `POST /auth/refreshToken` with a TokenRefreshRequest (`refreshToken`, `userName`) and the required `apiAccessKey` header (~2016). */
  refresh(userName: string, refreshToken: string, apiAccessKey: string, signal?: AbortSignal): Promise<NueAuthenticationResult>;
  /** `POST /auth/revokeToken` with a RevokeTokenRequest (`token`: the refresh token, `userName`); answers a string. */
  revoke(userName: string, refreshToken: string, apiAccessKey: string | undefined, signal?: AbortSignal): Promise<void>;
}

export function createAuthEndpoints(client: Client<paths>, redactor: Redactor): AuthEndpoints {
  async function readResult(path: string, response: Response): Promise<NueAuthenticationResult> {
    const text = await response.text();
    const result = parseAuthenticationResult(text, response.headers.get('content-type'), { method: 'POST', path });
    redactor.addSecret(result.token);
    redactor.addSecret(result.refreshToken);
    redactor.addSecret(result.challenge?.session);
    for (const tenant of result.tenants ?? []) redactor.addSecret(tenant.apiAccessKey);
    return result;
  }

  return {
    async login(userName, password, showTenants, signal) {
      let response: Response;
      try {
        response = (await client.POST(LOGIN_PATH, { body: { userName, password, ...(showTenants ? { showTenants: true } : {}) }, parseAs: 'stream', signal })).response;
      } catch (error) {
        if (error instanceof NueApiError && (error.status === 401 || error.status === 403)) {
          throw new NueAuthError('login-rejected', `Nue rejected the login of user "${userName}" (${error.status}${error.body && typeof error.body === 'object' && error.body.message ? `: ${error.body.message}` : ''})`, {
            status: error.status,
            operation: error.operation,
            cause: error,
          });
        }
        throw error;
      }
      return readResult(LOGIN_PATH, response);
    },
    async refresh(userName, refreshToken, apiAccessKey, signal) {
      const response = (await client.POST(REFRESH_PATH, { params: { header: { apiAccessKey } }, body: { refreshToken, userName }, parseAs: 'stream', signal })).response;
      return readResult(REFRESH_PATH, response);
    },
    async revoke(userName, refreshToken, apiAccessKey, signal) {
      let response: Response;
      try {
        response = (await client.POST(REVOKE_PATH, { body: { token: refreshToken, userName }, headers: apiAccessKey ? { apiAccessKey } : {}, parseAs: 'stream', signal })).response;
      } catch (error) {
        if (error instanceof NueApiError) {
          throw new NueAuthError('revoke-rejected', `Nue did not revoke the refresh token (${error.status})`, { status: error.status, operation: error.operation, cause: error });
        }
        throw error;
      }
      await response.body?.cancel();
    },
  };
}
