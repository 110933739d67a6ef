/**
 * The Maileon client: {@link createMaileonClient} returns the typed openapi-fetch client with the
 * API key added, the prepaid contingents across every page and the prepaid helpers (the prepaid
 * status, one contingent: read, create, update, delete). Also exports {@link MaileonError}, the
 * shared errors and option types.
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
