// Basic authentication "along with the API Access Key" (nue-api-reference.txt ~166-175):
// `Authorization: Basic {basic_token}` plus the `apiAccessKey` header. The docs do not say what
// `basic_token` is; creditline follows RFC 7617 and encodes `username:password` as UTF-8 base64,
// or sends a ready token as given. Nothing to renew or revoke.
import type { NueBasicAuth } from './auth-options.js';
import { withHeaders, type NueAuthProvider } from './nue-auth-provider.js';

export function basicToken(basic: NueBasicAuth['basic']): string {
  return 'token' in basic ? basic.token : Buffer.from(`${basic.username}:${basic.password}`, 'utf8').toString('base64');
}

export function basicAuth(options: NueBasicAuth): NueAuthProvider {
  const authorization = `Basic ${basicToken(options.basic)}`;
  return {
    strategy: 'basic',
    authorize: (request) => withHeaders(request, { Authorization: authorization, apiAccessKey: options.apiAccessKey }),
    login: async () => undefined,
    logout: async () => undefined,
    tenant: () => undefined,
  };
}
