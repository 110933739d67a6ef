// Turns validation on for one client. A function applied to a client, not a client option, so
// that the vendor entry points never import the validator (Ajv and the specs) and users who do not
// validate pay nothing for it.
import type { Middleware } from 'openapi-fetch';
import { ConfigurationError } from '../core/errors.js';
import { checkValidateOptions, type ValidatedApi, type ValidateOptions } from './validate-options.js';
import { validationMiddleware } from './validation-middleware.js';

/** Any openapi-fetch client: what every creditline factory returns. */
export interface ValidatableClient {
  /** openapi-fetch's middleware registration, which validation is added through. */
  use(...middleware: Middleware[]): void;
}

/** Clients validated already: a second middleware would report every difference twice. */
const validated = new WeakSet<ValidatableClient>();

/**
 * Checks the client's answers (and, with `requests`, what it sends) against the spec of `api`,
 * from now on; returns the same client. Once per client: a second time is a ConfigurationError.
 */
export function withValidation<Client extends ValidatableClient>(client: Client, api: ValidatedApi, options: ValidateOptions): Client {
  checkValidateOptions(client, api, options);
  if (validated.has(client)) throw new ConfigurationError('withValidation: client', 'is validated already; apply withValidation once per client');
  client.use(validationMiddleware(api, options));
  validated.add(client);
  return client;
}
