// A JWT the caller already has (e.g. from their own login), sent as `Authorization: Bearer` with
// the tenant's `apiAccessKey` (nue-api-reference.txt ~18, ~160). It cannot be renewed, so a 401 is
// final (NueAuthError `unauthorized`), and `logout()` has nothing to revoke: `POST /auth/revokeToken`
// takes a refresh token (RevokeTokenRequest, ~2093-2101), which this strategy does not have.
import type { NueBearerAuth } from './auth-options.js';
import { withHeaders, type NueAuthProvider } from './nue-auth-provider.js';

export function bearerAuth(options: NueBearerAuth): NueAuthProvider {
  return {
    strategy: 'bearer',
    authorize: (request) => withHeaders(request, { Authorization: `Bearer ${options.bearerToken}`, apiAccessKey: options.apiAccessKey }),
    login: async () => undefined,
    logout: async () => undefined,
    tenant: () => undefined,
  };
}
