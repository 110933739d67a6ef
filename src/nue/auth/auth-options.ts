// The ways to authenticate to Nue. The recommended one is an API key in the `nue-api-key` header
// (security scheme `nueApiKey`; spec/nue/CURATION.md, N1). The reference documents the others: a
// JWT from a password login, a JWT you already have, or Basic authentication, each together with
// the tenant's `apiAccessKey` header (security schemes `bearerAuth`, `basicAuth`, `apiAccessKey`).

/** An API key from Nue's settings page, sent as the `nue-api-key` header and nothing else. */
export interface NueApiKeyAuth {
  /** The key from Nue's settings page. */
  apiKey: string;
}

/** Log in with `POST /auth/token`; the token is renewed through `POST /auth/refreshToken` before it expires. */
export interface NuePasswordAuth {
  /** The Nue user's name. */
  username: string;
  /** The Nue user's password. */
  password: string;
  /**
   * The tenant's API access key. Optional: without it the key comes from the tenant the login
   * result lists (one tenant: that one; several: the one named by `tenant`).
   */
  apiAccessKey?: string;
  /** When the user has several tenants: the `tenantId`, `tenantName` or `tenantNumber` of the one to use. */
  tenant?: string | number;
  /** Renew the token this many seconds before it expires (default 60; at most half the token's lifetime). */
  refreshSkewSeconds?: number;
}

/** A JWT you obtained yourself, sent as `Authorization: Bearer …`. It is not renewed. */
export interface NueBearerAuth {
  /** The JWT. */
  bearerToken: string;
  /** The tenant's API access key, sent as the `apiAccessKey` header. */
  apiAccessKey: string;
}

/**
 * Basic authentication (`Authorization: Basic {basic_token}`): give the user name and password
 * (encoded as RFC 7617 `base64(username:password)`) or the ready `basic_token`.
 */
export interface NueBasicAuth {
  /** The user name and password, or the ready token. */
  basic:
    | {
        /** The Nue user's name. */
        username: string;
        /** The Nue user's password. */
        password: string;
      }
    | {
        /** The ready `basic_token`, sent as it is. */
        token: string;
      };
  /** The tenant's API access key, sent as the `apiAccessKey` header. */
  apiAccessKey: string;
}

/** How the Nue client authenticates: exactly one of the four shapes. */
export type NueAuthOptions = NueApiKeyAuth | NuePasswordAuth | NueBearerAuth | NueBasicAuth;

/** The strategy `createNueClient` picked from `auth`, as `nue.auth.strategy` says. */
export type NueAuthStrategy = 'api-key' | 'password' | 'bearer' | 'basic';
