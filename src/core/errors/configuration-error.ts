import { CreditlineError } from './creditline-error.js';

/** A client was created or called with options that cannot work; `option` names the culprit. */
export class ConfigurationError extends CreditlineError {
  override name = 'ConfigurationError';
  readonly option: string;

  constructor(option: string, problem: string) {
    super(`${option} ${problem}`);
    this.option = option;
  }
}

export function isConfigurationError(error: unknown): error is ConfigurationError {
  return error instanceof ConfigurationError;
}

/** Checks that a required secret or id is a non-empty string. */
export function requireNonEmptyString(option: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ConfigurationError(
      option,
      `must be a non-empty string, got ${value === undefined ? 'undefined' : typeof value === 'string' ? 'an empty string' : typeof value}`,
    );
  }
  return value;
}
