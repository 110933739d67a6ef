import { CreditlineError } from '../../core/errors/creditline-error.js';

/**
 * `POST /auth/token` answered with a `challenge` (AuthenticationResult.challenge, a `Challenge` of
 * `session` and `name`) instead of simply logging in: the server
 * wants another step, e.g. a new password. The docs describe no endpoint to answer a challenge, so
 * creditline stops here and says what was asked. The challenge `session` is a credential: it is
 * masked and not kept on the error.
 */
export class NueChallengeError extends CreditlineError {
  override name = 'NueChallengeError';
  /** `Challenge.name`, what the server asked for; undefined when it sent no name. */
  readonly challengeName: string | undefined;

  constructor(challengeName: string | undefined) {
    super(
      `Nue answered the login with a challenge${challengeName ? ` "${challengeName}"` : ' (without a name)'} instead of a token; ` +
        'creditline cannot answer login challenges — complete it in the Nue app, then log in again',
    );
    this.challengeName = challengeName;
  }
}

export function isNueChallengeError(error: unknown): error is NueChallengeError {
  return error instanceof NueChallengeError;
}
