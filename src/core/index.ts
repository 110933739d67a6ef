// What every entry point exports of the shared runtime: the error classes and their guards, and
// the option and result types the README documents. Internals (the core client, the redactor,
// the pager, the Link parser) stay inside the package.

export type { CallOptions, CallOverrides } from './call-options.js';
export type { CommonClientOptions } from './create-core-client.js';
export * from './errors/index.js';
export type { PageTotals } from './pagination/page-totals.js';
export type { Page, PagedResult, PagingOptions } from './pagination/paginate.js';
export type { RetryOptions } from './retry.js';
export type { FetchFunction } from './transport/create-transport.js';
export type { LogEntry, Logger } from './transport/log.js';
export type { TimeoutOptions } from './transport/timeout-options.js';
