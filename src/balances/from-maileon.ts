// Maileon: one row of credits per contingent, each with the newsletter account's prepaid status
// (is prepaid handling on, so that the contingents limit its mailings). The status answer's shape
// is inferred (spec/maileon/CURATION.md P1): only a true or false `active` is read; any other
// answer, or a failed read, is a warning and the rows stay, without a prepaid status.
import type { CallOptions } from '../core/create-core-client.js';
import type { ContingentStatus, MaileonClient } from '../maileon/create-maileon-client.js';
import type { Contingent } from '../maileon/prepaid-helpers.js';
import type { CreditBalance, CreditBalanceWarning, VendorPart } from './credit-balance.js';

/** The docs' examples use the epoch for contingents that never expire. */
const NO_EXPIRY = new Date('1970-01-01T00:00:00Z').getTime();

/**
 * Where {@link readCreditBalances} reads Maileon's balances: one row of credits per contingent of a
 * newsletter account (its size, used and available values), each with the account's prepaid status.
 */
export interface MaileonBalanceSource {
  /** A client of `createMaileonClient` (only `listContingents` and `getPrepaidStatus` are called; both only read). */
  client: Pick<MaileonClient, 'listContingents' | 'getPrepaidStatus'>;
  /** The newsletter account (`nl_account_id`) whose contingents and prepaid status to read. */
  nlAccountId: number;
  /** Which contingents count (default: running and outstanding ones). */
  status?: ContingentStatus[];
  /** The most contingents to read; more is an error, not a silent cut (default 10 000). */
  max?: number;
}

const accountOf = (nlAccountId: number) => `newsletter account ${nlAccountId}`;

export function balanceFromContingent(nlAccountId: number, contingent: Contingent): CreditBalance<Contingent> {
  const expiry = new Date(contingent.expiryDate).getTime();
  return {
    vendor: 'maileon',
    kind: 'credit',
    account: accountOf(nlAccountId),
    name: `${contingent.name} (contingent ${contingent.id})`,
    status: contingent.status,
    available: contingent.availableValue,
    used: contingent.usedValue,
    granted: contingent.contingentValue,
    renewsOrExpiresAt: expiry === NO_EXPIRY || Number.isNaN(expiry) ? undefined : contingent.expiryDate,
    source: contingent,
  };
}

export async function readMaileonBalances(source: MaileonBalanceSource, options: CallOptions): Promise<VendorPart<Contingent>> {
  const { client, nlAccountId } = source;
  const [contingents, prepaid] = await Promise.all([
    client.listContingents({ ...options, nlAccountId, status: source.status ?? ['running', 'outstanding'] }).toArray({ max: source.max ?? 10_000 }),
    readPrepaid(source, options),
  ]);
  const balances = contingents.map((contingent) => ({
    ...balanceFromContingent(nlAccountId, contingent),
    ...('state' in prepaid && { prepaid: prepaid.state }),
  }));
  return { balances, warnings: 'warning' in prepaid ? [prepaid.warning] : [], failures: [] };
}

/** The account's prepaid state, or the warning that says why it is not known; never rejects. */
async function readPrepaid(
  { client, nlAccountId }: MaileonBalanceSource,
  options: CallOptions,
): Promise<{ state: 'active' | 'inactive' } | { warning: CreditBalanceWarning }> {
  const warning = (code: string, message: string) => ({ warning: { vendor: 'maileon' as const, account: accountOf(nlAccountId), code, message } });
  try {
    const { active } = await client.getPrepaidStatus({ ...options, nlAccountId });
    if (typeof active === 'boolean') return { state: active ? 'active' : 'inactive' };
    return warning('prepaid-status-unknown', 'the prepaid status answer has no true or false `active`; the contingents are shown without it');
  } catch (error) {
    return warning('prepaid-status-unread', `the prepaid status could not be read: ${String(error)}`);
  }
}
