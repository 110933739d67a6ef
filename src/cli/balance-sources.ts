// The settings as readCreditBalances takes them: one client per vendor, made by the package's
// own factories. An option a factory refuses is the user's to fix, so it is a usage error.
import type { CreditBalanceSources } from '../balances/read-credit-balances.js';
import { isConfigurationError } from '../core/errors.js';
import { createMaileonClient } from '../maileon/create-maileon-client.js';
import { createNueClient } from '../nue/create-nue-client.js';
import { createXoviClient } from '../xovi/create-xovi-client.js';
import type { VendorSettings } from './configuration.js';
import { UsageError } from './usage-error.js';

export function balanceSources({ nue, xovi, maileon }: VendorSettings): CreditBalanceSources {
  const at = (baseUrl: string | undefined) => (baseUrl === undefined ? {} : { baseUrl });
  try {
    return {
      ...(nue && {
        nue: {
          client: createNueClient({ auth: nue.auth, ...at(nue.baseUrl) }),
          ...(nue.customerIds && { customerId: nue.customerIds }),
          ...(nue.accountPoolIds && { accountPoolIds: nue.accountPoolIds }),
        },
      }),
      ...(xovi && { xovi: { client: createXoviClient({ apiKey: xovi.apiKey, ...at(xovi.baseUrl) }) } }),
      ...(maileon && {
        maileon: {
          client: createMaileonClient({ apiKey: maileon.apiKey, ...at(maileon.baseUrl) }),
          nlAccountId: maileon.nlAccountId,
          // Values outside the spec's enum are passed on as given, as the client does (spec/maileon/CURATION.md, M3).
          ...(maileon.status && { status: maileon.status as NonNullable<CreditBalanceSources['maileon']>['status'] }),
        },
      }),
    };
  } catch (error) {
    if (isConfigurationError(error)) throw new UsageError(error.message);
    throw error;
  }
}
