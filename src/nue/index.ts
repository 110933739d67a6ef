/**
 * The Nue client: {@link createNueClient} returns the typed openapi-fetch client of every
 * documented Nue operation, with the credit pools and flows, async jobs, GraphQL and the four
 * ways to authenticate. Also exports the shared errors and option types.
 *
 * @module creditline/nue
 */
/** @hidden */
export type { components as NueComponents } from '../../generated/nue.js';
export * from '../core/index.js';
export type { NueApiKeyAuth, NueAuthOptions, NueAuthStrategy, NueBasicAuth, NueBearerAuth, NuePasswordAuth } from './auth/auth-options.js';
export type { NueAuthenticationResult, NueChallenge, NueUserMappedTenant } from './auth/authentication-result.js';
export { createNueClient, type NueAuth, type NueClient, type NueClientOptions, type NueJobs, type NuePaths } from './create-nue-client.js';
export type {
  ListAccountCreditPoolsOptions,
  ListCreditFlowsOptions,
  NueAccountCreditPool,
  NueCreditFlow,
  NueCreditFlowInclude,
} from './credits/credit-lists.js';
export {
  isNueApiError,
  isNueAuthError,
  isNueChallengeError,
  isNueGraphqlError,
  isNueJobError,
  isNueJobTimeoutError,
  isNueLoggedOutError,
  isTenantChoiceError,
  NueApiError,
  NueAuthError,
  type NueAuthProblem,
  NueChallengeError,
  type NueErrorMessage,
  NueGraphqlError,
  type NueGraphqlErrorEntry,
  NueJobError,
  type NueJobFailure,
  NueJobTimeoutError,
  NueLoggedOutError,
  type NueTenantChoice,
  TenantChoiceError,
  type TenantChoiceProblem,
} from './errors.js';
export type { NueGraphql, NueGraphqlOptions, NueGraphqlRequest } from './graphql/graphql.js';
export type { NueGraphqlEndpoint } from './graphql/graphql-endpoints.js';
export type { NueJobKind } from './jobs/job-kinds.js';
export type { NueJobProgress, NueJobRef, NueJobResult, WaitForJobOptions } from './jobs/wait-for-job.js';
