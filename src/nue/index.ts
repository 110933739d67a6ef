export { createNueClient, NUE_BASE_URL, type CallSignal, type NueAuth, type NueClient, type NueClientOptions, type NueJobs, type NuePaths } from './create-nue-client.js';
export type { NueAuthOptions, NueAuthStrategy, NueBasicAuth, NueBearerAuth, NuePasswordAuth } from './auth/auth-options.js';
export type { NueAuthenticationResult, NueChallenge, NueUserMappedTenant } from './auth/authentication-result.js';
export { NueApiError, isNueApiError } from './errors/nue-api-error.js';
export type { NueErrorMessage } from './errors/nue-error-message.js';
export { NueAuthError, isNueAuthError, type NueAuthProblem } from './errors/nue-auth-error.js';
export { NueChallengeError, isNueChallengeError } from './errors/nue-challenge-error.js';
export { TenantChoiceError, isTenantChoiceError, type NueTenantChoice, type TenantChoiceProblem } from './errors/tenant-choice-error.js';
export { NueJobError, isNueJobError, type NueJobFailure } from './errors/nue-job-error.js';
export { NueJobTimeoutError, isNueJobTimeoutError } from './errors/nue-job-timeout-error.js';
export { NueGraphqlError, isNueGraphqlError, type NueGraphqlErrorEntry } from './errors/graphql-error.js';
export { NUE_JOB_KINDS, BILLING_ERROR_LOG_PATH, type NueJobKind, type NueJobKindSpec, type JobStatusVocabulary } from './jobs/job-kinds.js';
export { jobIdOf } from './jobs/job-id.js';
export {
  DEFAULT_JOB_INTERVAL_MS,
  DEFAULT_JOB_MAX_INTERVAL_MS,
  DEFAULT_JOB_TIMEOUT_MS,
  type NueJobProgress,
  type NueJobRef,
  type NueJobResult,
  type WaitForJobOptions,
} from './jobs/wait-for-job.js';
export { NUE_GRAPHQL_PATHS, type NueGraphqlEndpoint } from './graphql/graphql-endpoints.js';
export type { NueGraphql, NueGraphqlOptions, NueGraphqlRequest } from './graphql/graphql.js';
export * from '../core/index.js';
export type { paths as NueRawPaths, components as NueComponents } from '../../generated/nue.js';
