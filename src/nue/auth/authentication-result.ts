// The body of `POST /auth/token` and `POST /auth/refreshToken` (schema AuthenticationResult),
// read defensively: the auth code must not trust a body it is about to take secrets from.
import type { components } from '../../../generated/nue.js';

/**
 * `Challenge`: what the server asks for before it hands out a token.
 *
 * @useDeclaredType
 */
export type NueChallenge = components['schemas']['Challenge'];

/**
 * `UserMappedTenantResponse`: a tenant the user may work in, with its API access key.
 *
 * @useDeclaredType
 */
export type NueUserMappedTenant = components['schemas']['UserMappedTenantResponse'];

/**
 * `AuthenticationResult` of `POST /auth/token` and `POST /auth/refreshToken` (`expiresIn` in seconds).
 *
 * @useDeclaredType
 */
export type NueAuthenticationResult = components['schemas']['AuthenticationResult'];

/** The AuthenticationResult fields of a JSON object, each only when it has its declared type. */
export function toAuthenticationResult(record: Record<string, unknown>): NueAuthenticationResult {
  const result: NueAuthenticationResult = {};
  if (typeof record.token === 'string') result.token = record.token;
  if (typeof record.refreshToken === 'string') result.refreshToken = record.refreshToken;
  // Stryker disable next-line LogicalOperator: the record comes from JSON.parse, which yields no NaN or Infinity, so `||` and `&&` agree on every input
  if (typeof record.expiresIn === 'number' && Number.isFinite(record.expiresIn)) result.expiresIn = record.expiresIn;
  if (record.challenge && typeof record.challenge === 'object') {
    const challenge = record.challenge as Record<string, unknown>;
    result.challenge = {
      ...(typeof challenge.session === 'string' ? { session: challenge.session } : {}),
      ...(typeof challenge.name === 'string' ? { name: challenge.name } : {}),
    };
  }
  if (Array.isArray(record.tenants)) {
    result.tenants = record.tenants.filter((t): t is Record<string, unknown> => !!t && typeof t === 'object').map(readTenant);
  }
  return result;
}

function readTenant(record: Record<string, unknown>): NueUserMappedTenant {
  const tenant: NueUserMappedTenant = {};
  for (const key of ['apiAccessKey', 'tenantName', 'tenantId', 'orgId', 'orgName'] as const) {
    const value = record[key];
    if (typeof value === 'string') tenant[key] = value;
  }
  if (typeof record.tenantNumber === 'number') tenant.tenantNumber = record.tenantNumber;
  return tenant;
}
