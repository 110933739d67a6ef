// What every entry point exports of the shared runtime: the error classes and their guards, and
// the option and result types the guides and the TypeScript reference document. Internals (the core client, the redactor,
// the pager, the Link parser) stay inside the package.

export type { CallOptions, CallOverrides, CommonClientOptions, FetchFunction, LogEntry, Logger } from './create-core-client.js';
export {
  AbortError,
  ApiError,
  type ApiErrorDetails,
  ConfigurationError,
  CreditlineError,
  isAbortError,
  isApiError,
  isConfigurationError,
  isCreditlineError,
  isNetworkError,
  isPaginationError,
  isRequestError,
  isResponseParseError,
  isTimeoutError,
  NetworkError,
  PaginationError,
  type PaginationProblem,
  type RequestDescription,
  RequestError,
  ResponseParseError,
  TimeoutError,
  type TimeoutKind,
} from './errors.js';
export type { PageTotals } from './pagination/page-totals.js';
export type { Page, PagedResult, PagingOptions } from './pagination/paginate.js';
export type { RetryOptions, TimeoutOptions } from './retry.js';
