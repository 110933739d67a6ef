// Picks the strategy from `auth`, checks its fields and registers every secret with the redactor
// before anything is sent.
import { ConfigurationError, requireNonEmptyString } from '../../core/errors.js';
import type { NueApiKeyAuth, NueAuthOptions, NueBasicAuth, NueBearerAuth, NuePasswordAuth } from './auth-options.js';
import type { NueAuthProvider } from './nue-auth-provider.js';
import { type PasswordAuthContext, passwordAuth } from './password-auth.js';
import { basicToken, staticAuth } from './static-auth.js';

const SHAPES = '{ apiKey }, { username, password }, { bearerToken, apiAccessKey } or { basic, apiAccessKey }';

export function createAuthProvider(auth: NueAuthOptions | undefined, context: PasswordAuthContext): NueAuthProvider {
  const { redactor } = context;
  if (!auth || typeof auth !== 'object') throw new ConfigurationError('createNueClient: auth', `is required: ${SHAPES}`);
  const strategies = ['apiKey' in auth, 'password' in auth || 'username' in auth, 'bearerToken' in auth, 'basic' in auth].filter(Boolean).length;
  if (strategies !== 1) throw new ConfigurationError('createNueClient: auth', `must use exactly one strategy: ${SHAPES}; got ${strategies}`);
  const secret = (option: string, value: unknown) => {
    const checked = requireNonEmptyString(`createNueClient: auth.${option}`, value);
    redactor.addSecret(checked);
    return checked;
  };

  if ('apiKey' in auth) return staticAuth('api-key', { 'nue-api-key': secret('apiKey', (auth as NueApiKeyAuth).apiKey) });

  if ('bearerToken' in auth) {
    const options = auth as NueBearerAuth;
    return staticAuth('bearer', {
      Authorization: `Bearer ${secret('bearerToken', options.bearerToken)}`,
      apiAccessKey: secret('apiAccessKey', options.apiAccessKey),
    });
  }

  if ('basic' in auth) {
    const options = auth as NueBasicAuth;
    const basic = options.basic as Partial<{ username: string; password: string; token: string }> | undefined;
    if (!basic || typeof basic !== 'object') throw new ConfigurationError('createNueClient: auth.basic', 'must be { username, password } or { token }');
    if ('token' in basic) {
      secret('basic.token', basic.token);
    } else {
      requireNonEmptyString('createNueClient: auth.basic.username', basic.username);
      secret('basic.password', basic.password);
      redactor.addSecret(basicToken(options.basic));
    }
    return staticAuth('basic', { Authorization: `Basic ${basicToken(options.basic)}`, apiAccessKey: secret('apiAccessKey', options.apiAccessKey) });
  }

  const options = auth as NuePasswordAuth;
  requireNonEmptyString('createNueClient: auth.username', options.username);
  secret('password', options.password);
  if (options.apiAccessKey !== undefined) secret('apiAccessKey', options.apiAccessKey);
  if (options.tenant !== undefined && !(typeof options.tenant === 'number' || (typeof options.tenant === 'string' && options.tenant.trim() !== ''))) {
    throw new ConfigurationError('createNueClient: auth.tenant', 'must be a tenantId, tenantName or tenantNumber');
  }
  const skew = options.refreshSkewSeconds;
  if (skew !== undefined && (!Number.isFinite(skew) || skew < 0))
    throw new ConfigurationError('createNueClient: auth.refreshSkewSeconds', `must be a finite number >= 0, got ${String(skew)}`);
  return passwordAuth(options, context);
}
