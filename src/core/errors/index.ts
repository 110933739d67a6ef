export { AbortError, isAbortError } from './abort-error.js';
export { ApiError, type ApiErrorDetails, isApiError } from './api-error.js';
export { ConfigurationError, isConfigurationError } from './configuration-error.js';
export { CreditlineError, isCreditlineError } from './creditline-error.js';
export { isNetworkError, NetworkError } from './network-error.js';
export { isPaginationError, PaginationError, type PaginationProblem } from './pagination-error.js';
export { isRequestError, type RequestDescription, RequestError } from './request-error.js';
export { isResponseParseError, ResponseParseError } from './response-parse-error.js';
export { isTimeoutError, TimeoutError, type TimeoutKind } from './timeout-error.js';
