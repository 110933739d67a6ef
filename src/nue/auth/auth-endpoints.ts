// The auth endpoints (no `/v1` prefix): `POST /auth/token` (createAccessToken),
// `POST /auth/refreshToken` (refreshAccessToken) and `POST /auth/revokeToken`
// (revokeRefreshToken), called on the typed client for those paths. That client has no auth hook,
// so a login never waits on itself; retries, timeouts and redaction are the shared ones. Answers
// are read as text (not parsed by openapi-fetch) and parsed here: every token, refresh token, tenant key and challenge session
// is registered with the redactor before anything else can see the body.
import type { Client } from 'openapi-fetch';
import type { paths } from '../../../generated/nue.js';
import { answerDetails, type HelperCall, parseJsonAnswer } from '../../core/answers.js';
import { detailsOf } from '../../core/errors.js';
import type { Redactor } from '../../core/redaction/redactor.js';
import { NueApiError, NueAuthError, NueChallengeError } from '../errors.js';
import { type NueAuthenticationResult, toAuthenticationResult } from './authentication-result.js';

export const LOGIN_PATH = '/auth/token' as const;
export const REFRESH_PATH = '/auth/refreshToken' as const;
export const REVOKE_PATH = '/auth/revokeToken' as const;

/** A login or refresh that gave a token (any other answer is an error). */
export type IssuedToken = NueAuthenticationResult & { token: string };

export interface AuthEndpoints {
  /** `POST /auth/token` with an AuthenticationRequest (`userName`, `password`, `showTenants`). */
  login(userName: string, password: string, showTenants: boolean, signal?: AbortSignal): Promise<IssuedToken>;
  /** `POST /auth/refreshToken` with a TokenRefreshRequest (`refreshToken`, `userName`) and the required `apiAccessKey` header parameter. */
  refresh(userName: string, refreshToken: string, apiAccessKey: string, signal?: AbortSignal): Promise<IssuedToken>;
  /** `POST /auth/revokeToken` with a RevokeTokenRequest (`token`: the refresh token, `userName`); answers a string. */
  revoke(userName: string, refreshToken: string, apiAccessKey: string | undefined, signal?: AbortSignal): Promise<void>;
}

export function createAuthEndpoints(client: Client<paths>, redactor: Redactor): AuthEndpoints {
  /** The token of a login or refresh answer; every secret in it is masked from now on, before anything else sees the body. */
  function readResult(path: string, data: unknown, response: Response): IssuedToken {
    const call: HelperCall = { method: 'POST', pathTemplate: path, redactor };
    const record = parseJsonAnswer(typeof data === 'string' ? data : '', response, call, 'an AuthenticationResult');
    const result = toAuthenticationResult(record);
    redactor.addSecret(result.token);
    redactor.addSecret(result.refreshToken);
    redactor.addSecret(result.challenge?.session);
    // Stryker disable next-line ArrayDeclaration: a made-up element has no apiAccessKey, and addSecret(undefined) does nothing
    for (const tenant of result.tenants ?? []) redactor.addSecret(tenant.apiAccessKey);
    const { challenge, token } = result;
    if (challenge && (challenge.name || challenge.session)) throw new NueChallengeError(challenge.name);
    if (!token) {
      const what = path === LOGIN_PATH ? 'the login' : 'the token refresh';
      throw new NueAuthError('no-token', answerDetails(response, call, record), `Nue answered ${what} without a token`);
    }
    return { ...result, token };
  }

  return {
    async login(userName, password, showTenants, signal) {
      const { data, response } = await client
        .POST(LOGIN_PATH, { body: { userName, password, ...(showTenants ? { showTenants: true } : {}) }, parseAs: 'text', signal })
        .catch((error: unknown) => {
          if (!(error instanceof NueApiError) || (error.status !== 401 && error.status !== 403)) throw error;
          const detail = error.body && typeof error.body === 'object' && error.body.message ? `: ${error.body.message}` : '';
          throw new NueAuthError('login-rejected', detailsOf(error), `Nue rejected the login of user "${userName}" (${error.status}${detail})`);
        });
      return readResult(LOGIN_PATH, data, response);
    },
    async refresh(userName, refreshToken, apiAccessKey, signal) {
      const { data, response } = await client.POST(REFRESH_PATH, {
        params: { header: { apiAccessKey } },
        body: { refreshToken, userName },
        parseAs: 'text',
        signal,
      });
      return readResult(REFRESH_PATH, data, response);
    },
    async revoke(userName, refreshToken, apiAccessKey, signal) {
      const { response } = await client
        .POST(REVOKE_PATH, { body: { token: refreshToken, userName }, headers: apiAccessKey ? { apiAccessKey } : {}, parseAs: 'stream', signal })
        .catch((error: unknown) => {
          if (!(error instanceof NueApiError)) throw error;
          throw new NueAuthError('revoke-rejected', detailsOf(error), `Nue did not revoke the refresh token (${error.status})`);
        });
      await response.body?.cancel();
    },
  };
}
