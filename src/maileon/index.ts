export { createMaileonClient, MAILEON_BASE_URL, type Contingent, type ContingentStatus, type ListContingentsOptions, type MaileonClient, type MaileonClientOptions } from './create-maileon-client.js';
export * from '../core/index.js';
export type { paths as MaileonPaths, components as MaileonComponents } from '../../generated/maileon.js';
