export type { components as MaileonComponents } from '../../generated/maileon.js';
export * from '../core/index.js';
export {
  type Contingent,
  type ContingentStatus,
  createMaileonClient,
  type ListContingentsOptions,
  type MaileonClient,
  type MaileonClientOptions,
  type MaileonPaths,
} from './create-maileon-client.js';
