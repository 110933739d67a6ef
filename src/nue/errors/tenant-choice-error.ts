import { CreditlineError } from '../../core/errors/creditline-error.js';

/** A tenant as the login result lists it (`UserMappedTenantResponse`), without its `apiAccessKey`. */
export interface NueTenantChoice {
  tenantId: string | undefined;
  tenantName: string | undefined;
  tenantNumber: number | undefined;
  orgId: string | undefined;
  orgName: string | undefined;
}

/**
 * - `choice-required`: the user has several tenants and `auth.tenant` does not say which;
 * - `not-found`: no listed tenant has the id, name or number in `auth.tenant`;
 * - `ambiguous`: several listed tenants match `auth.tenant` (e.g. the same name);
 * - `no-tenant`: the login result lists no tenant with an `apiAccessKey` and `auth.apiAccessKey` is not set.
 */
export type TenantChoiceProblem = 'choice-required' | 'not-found' | 'ambiguous' | 'no-tenant';

/** The tenant (and so the `apiAccessKey`) to use could not be chosen. Lists the choices, never their keys. */
export class TenantChoiceError extends CreditlineError {
  override name = 'TenantChoiceError';
  readonly problem: TenantChoiceProblem;
  /** What `auth.tenant` asked for, if anything. */
  readonly requested: string | undefined;
  /** The tenants the login result listed. */
  readonly choices: NueTenantChoice[];

  constructor(problem: TenantChoiceProblem, requested: string | undefined, choices: NueTenantChoice[]) {
    super(describe(problem, requested, choices));
    this.problem = problem;
    this.requested = requested;
    this.choices = choices;
  }
}

export function isTenantChoiceError(error: unknown): error is TenantChoiceError {
  return error instanceof TenantChoiceError;
}

function describe(problem: TenantChoiceProblem, requested: string | undefined, choices: NueTenantChoice[]): string {
  const list = choices.map(formatChoice).join('; ');
  switch (problem) {
    case 'choice-required':
      return `this Nue user has ${choices.length} tenants; choose one with auth.tenant (its tenantId, tenantName or tenantNumber): ${list}`;
    case 'not-found':
      return `no Nue tenant matches auth.tenant "${requested ?? ''}"; the user's tenants are: ${list || 'none'}`;
    case 'ambiguous':
      return `several Nue tenants match auth.tenant "${requested ?? ''}"; use a tenantId instead: ${list}`;
    case 'no-tenant':
      return 'the Nue login result lists no tenant with an apiAccessKey; pass auth.apiAccessKey';
  }
}

function formatChoice(choice: NueTenantChoice): string {
  const name = choice.tenantName === undefined ? '(no name)' : `"${choice.tenantName}"`;
  const facts = [
    choice.tenantId === undefined ? undefined : `tenantId ${choice.tenantId}`,
    choice.tenantNumber === undefined ? undefined : `tenantNumber ${choice.tenantNumber}`,
    choice.orgName === undefined ? undefined : `org "${choice.orgName}"`,
  ].filter((fact) => fact !== undefined);
  return facts.length > 0 ? `${name} (${facts.join(', ')})` : name;
}
