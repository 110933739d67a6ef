export { parseLinkHeader, findLink, type Link } from './link-header.js';
export { readPageTotals, type PageTotals } from './page-totals.js';
export { paginate, type FetchPage, type Page, type PageRequest, type PagedResult, type PaginateOptions } from './paginate.js';
