// A Nue password login renews its token every quarter hour or so, and each token (with its
// refresh token, when Nue sends a new one) is registered with the redactor so that no error or
// log line shows it. Kept for ever, a long-lived client's redactor would grow by two secrets in
// eight forms at every renewal. A replaced session's secrets are therefore masked until the
// session has expired and a grace period has passed, then retired: by then the client no longer
// sends them and Nue no longer accepts the token, and any answer to a request that carried them
// has long arrived (attempts time out after 30 s by default). A secret still in use by a kept
// session is never retired.
import type { Redactor } from '../../core/redaction/redactor.js';

/** How long after its expiry a replaced session's secrets stay masked. */
export const RETIREMENT_GRACE_MS = 5 * 60_000;

export interface SessionSecrets {
  token: string;
  refreshToken: string | undefined;
  /** Clock time (ms) when the token expires. */
  expiresAt: number;
}

export interface SecretRetirement {
  /** `current` replaced `previous`: retires the secrets of every replaced session past its grace. */
  replaced(previous: SessionSecrets | undefined, current: SessionSecrets): void;
}

export function createSecretRetirement(redactor: Redactor, now: () => number): SecretRetirement {
  let replaced = new Set<SessionSecrets>();
  return {
    replaced(previous, current) {
      if (previous && previous !== current) replaced.add(previous);
      const time = now();
      const kept = [...replaced].filter((session) => time < session.expiresAt + RETIREMENT_GRACE_MS);
      const inUse = new Set([current, ...kept].flatMap((session) => [session.token, session.refreshToken]));
      for (const session of replaced) {
        for (const secret of [session.token, session.refreshToken]) if (!inUse.has(secret)) redactor.retireSecret(secret);
      }
      replaced = new Set(kept);
    },
  };
}
