import { CreditlineError } from './creditline-error.js';

/**
 * `repeated-next-url`: the server sent the same next link twice (it would loop forever);
 * `foreign-next-url`: the next link leaves the API's origin (the API key would go with it);
 * `too-many-items`: `toArray({ max })` found more items than the cap allows.
 */
export type PaginationProblem = 'repeated-next-url' | 'foreign-next-url' | 'too-many-items';

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
