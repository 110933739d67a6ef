import type { Client } from 'openapi-fetch';
import type { components, paths } from '../../generated/nue.js';
import type { CreditBalance } from './credit-balance.js';

type CreditStats = components['schemas']['CreditStatsResponse'];
type CreditStatsPaths = Pick<paths, '/customers/{customerId}/credit-stats'>;

export interface NueBalance {
  balance: CreditBalance<CreditStats>;
  /** Pools Nue could not read (partial success); empty when all were read. */
  warnings: NonNullable<CreditStats['warnings']>;
}

/**
 * Nue: `totalBalance` is what is left, `consumedCredits` used and `totalGrantCredits` granted.
 * A partial success still gives a balance, with the failed pools in `warnings`.
 */
export function balanceFromNue(customerId: string, stats: CreditStats): NueBalance {
  const summary = stats.data?.summary;
  return {
    balance: {
      vendor: 'nue',
      account: `customer ${customerId}`,
      available: summary?.totalBalance ?? 0,
      used: summary?.consumedCredits,
      granted: summary?.totalGrantCredits,
      renewsOrExpiresAt: undefined,
      source: stats,
    },
    warnings: stats.warnings ?? [],
  };
}

export async function readNueBalance(
  nue: Pick<Client<CreditStatsPaths>, 'GET'>,
  options: { customerId: string; accountPoolIds: string },
  signal?: AbortSignal,
): Promise<NueBalance> {
  const { data } = await nue.GET('/customers/{customerId}/credit-stats', {
    params: { path: { customerId: options.customerId }, query: { accountPoolIds: options.accountPoolIds } },
    ...(signal ? { signal } : {}),
  });
  return balanceFromNue(options.customerId, data ?? {});
}
