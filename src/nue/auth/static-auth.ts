// Credentials that are sent as they are and never renewed: a JWT the caller already has, Basic
// authentication, each with the tenant's `apiAccessKey` header (spec/nue security schemes
// `bearerAuth`, `basicAuth`, `apiAccessKey`). A 401 is final (NueAuthError `unauthorized`), and
// `logout()` has nothing to revoke: `POST /auth/revokeToken` (operationId revokeToken) takes a
// refresh token, which these strategies do not have.
//
// Basic: the docs do not say what `basic_token` is; creditline follows RFC 7617 and encodes
// `username:password` as UTF-8 base64, or sends a ready token as given (spec/nue/CURATION.md).
import { base64Utf8 } from '../../core/base64.js';
import type { NueAuthStrategy, NueBasicAuth } from './auth-options.js';
import type { NueAuthProvider } from './nue-auth-provider.js';

export function basicToken(basic: NueBasicAuth['basic']): string {
  return 'token' in basic ? basic.token : base64Utf8(`${basic.username}:${basic.password}`);
}

/** A provider that sets the same headers on every request. */
export function staticAuth(strategy: NueAuthStrategy, headers: Record<string, string>): NueAuthProvider {
  const entries = Object.entries(headers);
  return {
    strategy,
    authorize(request) {
      // Each attempt's request belongs to the transport, so setting headers in place is safe
      // and saves building a second Request (and its signal) on every call.
      for (const [name, value] of entries) request.headers.set(name, value);
      return request;
    },
    login: async () => undefined,
    logout: async () => undefined,
    tenant: () => undefined,
  };
}
