import { CreditlineError } from './creditline-error.js';

/**
 * Why paging stopped:
 * - `repeated-next-url`: the server sent the same next link twice (it would loop forever);
 * - `foreign-next-url`: the next link leaves the API's origin (the credentials would go with it);
 * - `malformed-next-url`: the next link is not a URL;
 * - `empty-page`: a page is empty although the server announces more;
 * - `too-many-pages`: more pages than `maxPages`;
 * - `too-many-items`: `toArray({ max })` found more items than the cap allows.
 */
export type PaginationProblem = 'repeated-next-url' | 'foreign-next-url' | 'malformed-next-url' | 'empty-page' | 'too-many-pages' | 'too-many-items';

export class PaginationError extends CreditlineError {
  override name = 'PaginationError';
  readonly problem: PaginationProblem;

  constructor(problem: PaginationProblem, message: string) {
    super(message);
    this.problem = problem;
  }
}

export function isPaginationError(error: unknown): error is PaginationError {
  return error instanceof PaginationError;
}
