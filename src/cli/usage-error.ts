/** A mistake in the command line or the configuration: the message is printed, with no stack, and the exit code is 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
