// The body of `POST /auth/token` and `POST /auth/refreshToken`, typed by the spec
// (spec/nue/components/schemas/tenants-and-users/AuthenticationResult.yaml) and read defensively:
// the auth code must not trust a body it is about to take secrets from.
import type { components } from '../../../generated/nue.js';
import { ResponseParseError } from '../../core/errors/response-parse-error.js';

/** `Challenge`: what the server asks for before it hands out a token. */
export type NueChallenge = components['schemas']['Challenge'];

/** `UserMappedTenantResponse`: a tenant the user may work in, with its API access key. */
export type NueUserMappedTenant = components['schemas']['UserMappedTenantResponse'];

/** `AuthenticationResult` of `POST /auth/token` and `POST /auth/refreshToken` (`expiresIn` in seconds). */
export type NueAuthenticationResult = components['schemas']['AuthenticationResult'];

/**
 * Reads an AuthenticationResult from the response text. A body that is not a JSON object (an HTML
 * page, broken JSON, nothing) is a ResponseParseError; the text itself is never quoted, since it
 * may hold tokens that are not known to the redactor yet.
 */
export function parseAuthenticationResult(text: string, contentType: string | null, operation: { method: string; path: string }): NueAuthenticationResult {
  const fail = (reason: string) => new ResponseParseError(operation.method, operation.path, reason);
  if (text.trim() === '') throw fail('the body is empty, expected an AuthenticationResult');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw fail(`the body is not JSON (content-type ${contentType ?? 'none'}), expected an AuthenticationResult`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw fail('the body is not a JSON object, expected an AuthenticationResult');
  const record = value as Record<string, unknown>;
  const result: NueAuthenticationResult = {};
  if (typeof record.token === 'string') result.token = record.token;
  if (typeof record.refreshToken === 'string') result.refreshToken = record.refreshToken;
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
