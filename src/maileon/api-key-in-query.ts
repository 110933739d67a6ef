// Maileon takes the API key as the `key` query parameter (security scheme `apiKeyQuery`). Typed
// calls get it from the query serializer, so no second Request is built per call (an auth hook
// that rewrites the URL cost ~20 µs a call); next-page links, which the server writes, get it here.
import { createQuerySerializer } from 'openapi-fetch';

export function queryWithApiKey(apiKey: string): (query: Record<string, unknown>) => string {
  const serialize = createQuerySerializer();
  return (query) => serialize({ ...query, key: apiKey });
}

/** A next-page link with the key set (replacing any the server wrote into it). */
export function linkWithApiKey(link: string, apiKey: string): string {
  const url = new URL(link);
  url.searchParams.set('key', apiKey);
  return url.toString();
}
