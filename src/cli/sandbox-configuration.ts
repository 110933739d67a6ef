// `--sandbox`: the vendors (all, or those --vendor names) against the embedded sandbox, with
// placeholder credentials and the sandbox's ids, whatever the environment holds: the sandbox
// answers the same on every machine, and no real credential travels to it. The flags that choose
// what to read (--nue-customer, --nue-pools, --maileon-account, --maileon-status) still apply;
// without --nue-customer, Nue's customers are the sandbox's (the spec's Customer example).
import { CREDIT_VENDORS, type CreditVendor } from '../balances/credit-balance.js';
import type { VendorFlags } from './args.js';
import { type Configuration, customersOf, list, nlAccountId, type VendorSettings } from './configuration.js';

const PLACEHOLDER_KEY = 'sandbox-key';
/** The newsletter account of the Maileon spec's contingent examples. */
const SANDBOX_NL_ACCOUNT = 12345;

export function sandboxConfiguration(baseUrls: Record<CreditVendor, string>, flags: VendorFlags): Configuration {
  const wanted = new Set(flags.vendors ?? CREDIT_VENDORS);
  const settings: VendorSettings = {};
  if (wanted.has('nue')) {
    const customerIds = customersOf(flags.nueCustomers);
    settings.nue = { auth: { apiKey: PLACEHOLDER_KEY }, customerIds, accountPoolIds: list(flags.nuePools), baseUrl: baseUrls.nue };
  }
  if (wanted.has('xovi')) settings.xovi = { apiKey: PLACEHOLDER_KEY, baseUrl: baseUrls.xovi };
  if (wanted.has('maileon')) {
    const account = flags.maileonAccount === undefined ? SANDBOX_NL_ACCOUNT : nlAccountId(flags.maileonAccount);
    settings.maileon = { apiKey: PLACEHOLDER_KEY, nlAccountId: account, status: list(flags.maileonStatus), baseUrl: baseUrls.maileon };
  }
  return { settings, skipped: [], secrets: [] };
}
