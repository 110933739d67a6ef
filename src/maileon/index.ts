/**
 * The Maileon client: {@link createMaileonClient} returns the typed openapi-fetch client with the
 * API key added, and the prepaid contingents across every page. Also exports the shared errors and
 * option types.
 *
 * @module creditline/maileon
 */
/** @hidden */
export type { components as MaileonComponents } from '../../generated/maileon.js';
export * from '../core/index.js';
export {
  type ContingentStatus,
  createMaileonClient,
  type ListContingentsOptions,
  type MaileonClient,
  type MaileonClientOptions,
  type MaileonPaths,
} from './create-maileon-client.js';
export { isMaileonError, MaileonError, type MaileonProblem } from './errors.js';
export type {
  Contingent,
  ContingentOptions,
  CreateContingentOptions,
  PrepaidStatus,
  PrepaidStatusChange,
  PrepaidStatusOptions,
  UpdateContingentOptions,
  UpdatePrepaidStatusOptions,
} from './prepaid-helpers.js';
