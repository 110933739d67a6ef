export { CreditlineError, isCreditlineError, type RequestDescription } from './creditline-error.js';
export { ApiError, isApiError, type ApiErrorDetails } from './api-error.js';
export { NetworkError, isNetworkError } from './network-error.js';
export { TimeoutError, isTimeoutError, type TimeoutKind } from './timeout-error.js';
export { AbortError, isAbortError } from './abort-error.js';
export { PaginationError, isPaginationError, type PaginationProblem } from './pagination-error.js';
export { ResponseParseError, isResponseParseError } from './response-parse-error.js';
export { ConfigurationError, isConfigurationError, requireNonEmptyString } from './configuration-error.js';
