// Which vendors to ask and how, from the environment and the flags. Credentials come only from
// the environment, or from the file a `<NAME>_FILE` variable names (as container secrets are
// mounted); every credential read is collected so that nothing printed can show it. A vendor
// with nothing set is skipped with a note; one set up only in part, or named by --vendor without
// its settings, is a usage error: a cron job must not turn a typo into a silent gap.
import { readFileSync } from 'node:fs';
import { CREDIT_VENDORS, type CreditVendor } from '../balances/credit-balance.js';
import type { NueAuthOptions } from '../nue/auth/auth-options.js';
import type { VendorFlags } from './args.js';
import { UsageError } from './usage-error.js';

export type Environment = Record<string, string | undefined>;

export interface VendorSettings {
  /** `customerIds` undefined: every customer of the tenant. */
  nue?: { auth: NueAuthOptions; customerIds: string[] | undefined; accountPoolIds: string[] | undefined; baseUrl: string | undefined };
  xovi?: { apiKey: string; baseUrl: string | undefined };
  maileon?: { apiKey: string; nlAccountId: number; status: string[] | undefined; baseUrl: string | undefined };
}

export interface Configuration {
  settings: VendorSettings;
  /** Vendors left out because nothing of theirs is set, with what to set. */
  skipped: Array<{ vendor: CreditVendor; reason: string }>;
  /** Every credential read, to be masked in whatever is printed. */
  secrets: string[];
}

/** What one vendor's variables say: its settings, nothing at all, or which variables are missing. */
type VendorReading<Settings> = { settings: Settings } | { unset: string } | { missing: string[] };

export function readConfiguration(env: Environment, flags: VendorFlags): Configuration {
  const secrets: string[] = [];
  const secret = (name: string) => readSecret(env, name, secrets);
  const readings: { [Vendor in CreditVendor]: VendorReading<NonNullable<VendorSettings[Vendor]>> } = {
    nue: readNue(env, flags, secret),
    xovi: readXovi(env, flags, secret),
    maileon: readMaileon(env, flags, secret),
  };
  const configuration: Configuration = { settings: {}, skipped: [], secrets };
  for (const vendor of flags.vendors ?? CREDIT_VENDORS) {
    const reading = readings[vendor];
    if ('missing' in reading) throw new UsageError(`${vendor} is set up only in part: ${reading.missing.join(', ')} not set`);
    if ('unset' in reading) {
      if (flags.vendors) throw new UsageError(`--vendor ${vendor}: ${vendor} is not set up (${reading.unset})`);
      configuration.skipped.push({ vendor, reason: `not set up (${reading.unset})` });
    } else {
      (configuration.settings as Record<CreditVendor, unknown>)[vendor] = reading.settings;
    }
  }
  if (Object.keys(configuration.settings).length === 0) {
    throw new UsageError('no vendor is set up: set NUE_API_KEY, XOVI_API_KEY or MAILEON_API_KEY, or try --sandbox');
  }
  return configuration;
}

type ReadSecret = (name: string) => string | undefined;

function readNue(env: Environment, flags: VendorFlags, secret: ReadSecret): VendorReading<NonNullable<VendorSettings['nue']>> {
  const apiKey = secret('NUE_API_KEY');
  const username = value(env.NUE_USERNAME);
  const password = secret('NUE_PASSWORD');
  const apiAccessKey = secret('NUE_API_ACCESS_KEY');
  // Without a customer named, the command reads every customer of the tenant.
  const customerIds = customersOf(flags.nueCustomers) ?? list(env.NUE_CUSTOMER_ID);
  if (![apiKey, username, password, apiAccessKey, customerIds].some(Boolean)) return { unset: 'set NUE_API_KEY' };
  const tenant = value(env.NUE_TENANT);
  // The API key is the way Nue recommends; the login variables are the alternative.
  let auth: NueAuthOptions | undefined;
  if (apiKey) auth = { apiKey };
  else if (username && password) auth = { username, password, ...(apiAccessKey ? { apiAccessKey } : {}), ...(tenant ? { tenant } : {}) };
  if (!auth) return { missing: [username || password ? (username ? 'NUE_PASSWORD' : 'NUE_USERNAME') : 'NUE_API_KEY (or NUE_USERNAME and NUE_PASSWORD)'] };
  return { settings: { auth, customerIds, accountPoolIds: list(flags.nuePools ?? env.NUE_ACCOUNT_POOL_IDS), baseUrl: baseUrl(flags, env, 'nue') } };
}

function readXovi(env: Environment, flags: VendorFlags, secret: ReadSecret): VendorReading<NonNullable<VendorSettings['xovi']>> {
  const apiKey = secret('XOVI_API_KEY');
  return apiKey ? { settings: { apiKey, baseUrl: baseUrl(flags, env, 'xovi') } } : { unset: 'set XOVI_API_KEY' };
}

function readMaileon(env: Environment, flags: VendorFlags, secret: ReadSecret): VendorReading<NonNullable<VendorSettings['maileon']>> {
  const apiKey = secret('MAILEON_API_KEY');
  const account = value(flags.maileonAccount) ?? value(env.MAILEON_NL_ACCOUNT_ID);
  if (!apiKey && !account) return { unset: 'set MAILEON_API_KEY and MAILEON_NL_ACCOUNT_ID' };
  if (!apiKey || !account) return { missing: [apiKey ? 'MAILEON_NL_ACCOUNT_ID (or --maileon-account)' : 'MAILEON_API_KEY'] };
  return {
    settings: {
      apiKey,
      nlAccountId: nlAccountId(account),
      status: list(flags.maileonStatus ?? env.MAILEON_CONTINGENT_STATUS),
      baseUrl: baseUrl(flags, env, 'maileon'),
    },
  };
}

/** The Maileon newsletter account id: a whole number (its value is not secret and is quoted). */
export function nlAccountId(text: string): number {
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(Number(text))) {
    throw new UsageError(`the Maileon newsletter account (MAILEON_NL_ACCOUNT_ID or --maileon-account) must be a whole number, got ${JSON.stringify(text)}`);
  }
  return Number(text);
}

/** The customers of --nue-customer, repeated or comma-separated; undefined when none is named. */
export function customersOf(values: string[] | undefined): string[] | undefined {
  return values && list(values.join(','));
}

/** A comma-separated list, without blanks; undefined when absent or empty. */
export function list(text: string | undefined): string[] | undefined {
  const items = text
    ?.split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  return items?.length ? items : undefined;
}

/** The vendor's base URL from its flag or variable; undefined for the vendor's own. Only its host is ever quoted. */
function baseUrl(flags: VendorFlags, env: Environment, vendor: CreditVendor): string | undefined {
  const url = value(flags.baseUrls[vendor]) ?? value(env[`${vendor.toUpperCase()}_BASE_URL`]);
  if (url !== undefined && !/^https?:$/.test(protocolOf(url))) {
    throw new UsageError(`the ${vendor} base URL (--${vendor}-base-url or ${vendor.toUpperCase()}_BASE_URL) must be an http or https URL`);
  }
  return url;
}

function protocolOf(url: string): string {
  try {
    return new URL(url).protocol;
    // Stryker disable next-line BlockStatement: whatever a bad URL yields here, it is no http(s) protocol, so the caller refuses it the same way
  } catch {
    // Stryker disable next-line StringLiteral: any text but an http(s) protocol is refused the same way
    return '';
  }
}

function value(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  return trimmed ? trimmed : undefined;
}

/** `NAME` or the content of the file `NAME_FILE` names; the value is remembered as a secret. */
function readSecret(env: Environment, name: string, secrets: string[]): string | undefined {
  const direct = value(env[name]);
  const file = value(env[`${name}_FILE`]);
  if (direct !== undefined && file !== undefined) throw new UsageError(`set ${name} or ${name}_FILE, not both`);
  let secret = direct;
  if (file !== undefined) {
    try {
      secret = value(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new UsageError(`${name}_FILE: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`);
    }
    if (secret === undefined) throw new UsageError(`${name}_FILE: ${file} is empty`);
  }
  if (secret !== undefined) secrets.push(secret);
  return secret;
}
