import type { AuthHook } from '../core/transport/auth-hook.js';

/** Maileon takes the API key as the `key` query parameter (security scheme `apiKeyQuery`). */
export function apiKeyInQuery(apiKey: string): AuthHook {
  return {
    authorize(request) {
      const url = new URL(request.url);
      url.searchParams.set('key', apiKey);
      return new Request(url, request);
    },
  };
}
