// Picks the strategy from `auth`, checks its fields and registers every secret with the redactor
// before anything is sent.
import { ConfigurationError, requireNonEmptyString } from '../../core/errors/configuration-error.js';
import type { Redactor } from '../../core/redaction/redactor.js';
import type { NueAuthOptions, NueBasicAuth, NueBearerAuth, NuePasswordAuth } from './auth-options.js';
import { basicAuth, basicToken } from './basic-auth.js';
import { bearerAuth } from './bearer-auth.js';
import type { NueAuthProvider } from './nue-auth-provider.js';
import { passwordAuth, type PasswordAuthContext } from './password-auth.js';

export function createAuthProvider(auth: NueAuthOptions | undefined, redactor: Redactor, context: PasswordAuthContext): NueAuthProvider {
  if (!auth || typeof auth !== 'object') throw new ConfigurationError('createNueClient: auth', 'is required: { username, password }, { bearerToken, apiAccessKey } or { basic, apiAccessKey }');
  const strategies = ['password' in auth || 'username' in auth, 'bearerToken' in auth, 'basic' in auth].filter(Boolean).length;
  if (strategies !== 1) {
    throw new ConfigurationError('createNueClient: auth', `must use exactly one strategy: { username, password }, { bearerToken, apiAccessKey } or { basic, apiAccessKey }; got ${strategies}`);
  }

  if ('bearerToken' in auth) {
    const options = auth as NueBearerAuth;
    redactor.addSecret(requireNonEmptyString('createNueClient: auth.bearerToken', options.bearerToken));
    redactor.addSecret(requireNonEmptyString('createNueClient: auth.apiAccessKey', options.apiAccessKey));
    return bearerAuth(options);
  }

  if ('basic' in auth) {
    const options = auth as NueBasicAuth;
    const basic = options.basic as Partial<{ username: string; password: string; token: string }> | undefined;
    if (!basic || typeof basic !== 'object') throw new ConfigurationError('createNueClient: auth.basic', 'must be { username, password } or { token }');
    if ('token' in basic) {
      redactor.addSecret(requireNonEmptyString('createNueClient: auth.basic.token', basic.token));
    } else {
      requireNonEmptyString('createNueClient: auth.basic.username', basic.username);
      redactor.addSecret(requireNonEmptyString('createNueClient: auth.basic.password', basic.password));
      redactor.addSecret(basicToken(options.basic));
    }
    redactor.addSecret(requireNonEmptyString('createNueClient: auth.apiAccessKey', options.apiAccessKey));
    return basicAuth(options);
  }

  const options = auth as NuePasswordAuth;
  requireNonEmptyString('createNueClient: auth.username', options.username);
  redactor.addSecret(requireNonEmptyString('createNueClient: auth.password', options.password));
  if (options.apiAccessKey !== undefined) redactor.addSecret(requireNonEmptyString('createNueClient: auth.apiAccessKey', options.apiAccessKey));
  if (options.tenant !== undefined && !(typeof options.tenant === 'number' || (typeof options.tenant === 'string' && options.tenant.trim() !== ''))) {
    throw new ConfigurationError('createNueClient: auth.tenant', 'must be a tenantId, tenantName or tenantNumber');
  }
  const skew = options.refreshSkewSeconds;
  if (skew !== undefined && (!Number.isFinite(skew) || skew < 0)) throw new ConfigurationError('createNueClient: auth.refreshSkewSeconds', `must be a finite number >= 0, got ${String(skew)}`);
  return passwordAuth(options, context);
}
