import type { AuthHook } from '../../core/create-core-client.js';
import type { NueTenantChoice } from '../errors.js';
import type { NueAuthStrategy } from './auth-options.js';

/** What every auth strategy provides: the transport hook plus the session controls behind `nue.auth` and `nue.logout()`. */
export interface NueAuthProvider extends AuthHook {
  readonly strategy: NueAuthStrategy;
  /** Logs in now when the strategy logs in at all (password), so bad credentials or a missing tenant choice show at once. */
  login(signal?: AbortSignal): Promise<void>;
  /** Ends the session: revokes the refresh token (password); nothing to revoke for a static token or Basic. */
  logout(signal?: AbortSignal): Promise<void>;
  /** The tenant in use, when a password login chose it from the login result's list. */
  tenant(): NueTenantChoice | undefined;
}
