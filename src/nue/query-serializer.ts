// How Nue's query parameters go on the wire. openapi-fetch serialises arrays one way for the
// whole client (`name=a&name=b`); the credit operations (getCustomerCreditStats,
// getAccountCreditPools, getCreditFlows) take some arrays JSON-encoded
// (`accountPoolIds=%5B%22pool-1%22%5D`, spec/nue/CURATION.md D2, D4) and `includes` as a
// comma-separated list (`style: form, explode: false`), so those parameters are encoded here and
// the rest by openapi-fetch.
import { createQuerySerializer } from 'openapi-fetch';
import { ConfigurationError } from '../core/errors.js';

/** Parameters whose spec schema is a JSON-encoded array (`content: application/json`), with Nue's cap of 50 ids. */
const JSON_ARRAY_PARAMS = ['accountPoolIds', 'assetNumbers'] as const;
export const MAX_IDS_PER_QUERY = 50;

export function nueQuerySerializer(): (query: Record<string, unknown>) => string {
  const serialize = createQuerySerializer();
  return (query) => {
    let encoded: Record<string, unknown> | undefined;
    for (const name of JSON_ARRAY_PARAMS) {
      const value = query[name];
      if (!Array.isArray(value)) continue;
      if (value.length > MAX_IDS_PER_QUERY) throw new ConfigurationError(name, `takes at most ${MAX_IDS_PER_QUERY} ids per request, got ${value.length}`);
      encoded ??= { ...query };
      encoded[name] = JSON.stringify(value);
    }
    if (Array.isArray(query.includes)) {
      encoded ??= { ...query };
      encoded.includes = query.includes.join(',');
    }
    return serialize(encoded ?? query);
  };
}
