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
export { isNueGraphqlError, NueGraphqlError, type NueGraphqlErrorEntry } from './errors/graphql-error.js';
export { isNueApiError, NueApiError } from './errors/nue-api-error.js';
export { isNueAuthError, NueAuthError, type NueAuthProblem } from './errors/nue-auth-error.js';
export { isNueChallengeError, NueChallengeError } from './errors/nue-challenge-error.js';
export type { NueErrorMessage } from './errors/nue-error-message.js';
export { isNueJobError, NueJobError, type NueJobFailure } from './errors/nue-job-error.js';
export { isNueJobTimeoutError, NueJobTimeoutError } from './errors/nue-job-timeout-error.js';
export { isTenantChoiceError, type NueTenantChoice, TenantChoiceError, type TenantChoiceProblem } from './errors/tenant-choice-error.js';
export type { NueGraphql, NueGraphqlOptions, NueGraphqlRequest } from './graphql/graphql.js';
export type { NueGraphqlEndpoint } from './graphql/graphql-endpoints.js';
export type { NueJobKind } from './jobs/job-kinds.js';
export type { NueJobProgress, NueJobRef, NueJobResult, WaitForJobOptions } from './jobs/wait-for-job.js';
