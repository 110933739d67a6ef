// Which tenant's apiAccessKey a password login uses. `POST /auth/token` may list several tenants
// (`tenants`, schema UserMappedTenantResponse; "a user may have access to more than one tenants",
// says the createAccessToken description).
//
// Decisions (the docs are silent):
// - `auth.tenant` matches a tenant's `tenantId` exactly first, then its `tenantName` (exactly, then
//   ignoring case) or its `tenantNumber`.
// - Without `auth.tenant`, an explicit `auth.apiAccessKey` wins; otherwise a single listed tenant is
//   used and several are a TenantChoiceError that lists them.
import { type NueTenantChoice, TenantChoiceError } from '../errors.js';
import type { NueUserMappedTenant } from './authentication-result.js';

export interface TenantDecision {
  apiAccessKey: string;
  /** The tenant used, when the login result listed it. */
  tenant: NueTenantChoice | undefined;
}

export function chooseTenant(
  tenants: NueUserMappedTenant[] | undefined,
  requested: string | number | undefined,
  explicitKey: string | undefined,
): TenantDecision {
  const listed = tenants ?? [];
  const choices = listed.map(toChoice);
  if (requested !== undefined) {
    const wanted = String(requested);
    const matches = findMatches(listed, wanted);
    if (matches.length === 0) throw new TenantChoiceError('not-found', wanted, choices);
    if (matches.length > 1) throw new TenantChoiceError('ambiguous', wanted, matches.map(toChoice));
    const [match] = matches as [NueUserMappedTenant];
    const apiAccessKey = match.apiAccessKey ?? explicitKey;
    if (!apiAccessKey) throw new TenantChoiceError('no-tenant', wanted, choices);
    return { apiAccessKey, tenant: toChoice(match) };
  }
  if (explicitKey) {
    const listedTenant = listed.find((tenant) => tenant.apiAccessKey === explicitKey);
    return { apiAccessKey: explicitKey, tenant: listedTenant ? toChoice(listedTenant) : undefined };
  }
  const withKeys = listed.filter((tenant) => tenant.apiAccessKey);
  if (withKeys.length === 1) {
    const [only] = withKeys as [NueUserMappedTenant & { apiAccessKey: string }];
    return { apiAccessKey: only.apiAccessKey, tenant: toChoice(only) };
  }
  if (withKeys.length === 0) throw new TenantChoiceError('no-tenant', undefined, choices);
  throw new TenantChoiceError('choice-required', undefined, withKeys.map(toChoice));
}

function findMatches(tenants: NueUserMappedTenant[], wanted: string): NueUserMappedTenant[] {
  const byId = tenants.filter((tenant) => tenant.tenantId === wanted);
  if (byId.length > 0) return byId;
  const byName = tenants.filter((tenant) => tenant.tenantName === wanted || (tenant.tenantNumber !== undefined && String(tenant.tenantNumber) === wanted));
  if (byName.length > 0) return byName;
  const lower = wanted.toLowerCase();
  return tenants.filter((tenant) => tenant.tenantName?.toLowerCase() === lower);
}

export function toChoice(tenant: NueUserMappedTenant): NueTenantChoice {
  return { tenantId: tenant.tenantId, tenantName: tenant.tenantName, tenantNumber: tenant.tenantNumber, orgId: tenant.orgId, orgName: tenant.orgName };
}
