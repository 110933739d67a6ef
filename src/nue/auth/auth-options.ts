// The three ways to authenticate to Nue (nue-api-reference.txt ~14-175): a JWT from a password
// login, a JWT you already have, or Basic authentication — each together with the tenant's
// `apiAccessKey` header ("If you don't include your API Access Key ... Nue returns a 401", ~18).

/** Log in with `POST /auth/token`; the token is renewed through `POST /auth/refreshToken` before it expires. */
export interface NuePasswordAuth {
  username: string;
  password: string;
  /**
   * The tenant's API access key. Optional: without it the key comes from the tenant the login
   * result lists (one tenant: that one; several: the one named by `tenant`).
   */
  apiAccessKey?: string | undefined;
  /** When the user has several tenants: the `tenantId`, `tenantName` or `tenantNumber` of the one to use. */
  tenant?: string | number | undefined;
  /** Renew the token this many seconds before it expires (default 60; at most half the token's lifetime). */
  refreshSkewSeconds?: number | undefined;
}

/** A JWT you obtained yourself, sent as `Authorization: Bearer …`. It is not renewed. */
export interface NueBearerAuth {
  bearerToken: string;
  apiAccessKey: string;
}

/**
 * Basic authentication (`Authorization: Basic {basic_token}`, ~166-175): give the user name and
 * password (encoded as RFC 7617 `base64(username:password)`) or the ready `basic_token`.
 */
export interface NueBasicAuth {
  basic: { username: string; password: string } | { token: string };
  apiAccessKey: string;
}

export type NueAuthOptions = NuePasswordAuth | NueBearerAuth | NueBasicAuth;

export type NueAuthStrategy = 'password' | 'bearer' | 'basic';
