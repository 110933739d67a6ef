// The command line, read by Node's util.parseArgs. Credentials have no flags on purpose: a flag's
// value shows in `ps`, in shell history and in CI logs. Messages never quote a positional
// argument, since one may be a key pasted in the wrong place.
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { CREDIT_VENDORS, type CreditVendor } from '../balances/credit-balance.js';
import { type ListenAddress, parseListen, parseRefresh } from './serve-options.js';
import { type BalanceOrder, parseBalanceOrder } from './sort-balances.js';
import { parseThreshold, type Threshold } from './threshold.js';
import { UsageError } from './usage-error.js';

export const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  json: { type: 'boolean' },
  format: { type: 'string' },
  sandbox: { type: 'boolean' },
  vendor: { type: 'string', multiple: true },
  'warn-below': { type: 'string' },
  'nue-customer': { type: 'string', multiple: true },
  'nue-pools': { type: 'string' },
  'maileon-account': { type: 'string' },
  'maileon-status': { type: 'string' },
  'nue-base-url': { type: 'string' },
  'xovi-base-url': { type: 'string' },
  'maileon-base-url': { type: 'string' },
  spec: { type: 'string' },
  listen: { type: 'string' },
  refresh: { type: 'string' },
  sort: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

/** How `creditline credits` prints its report: `--format table|json|openmetrics` (`--json` is `--format json`). */
export type CreditsFormat = 'table' | 'json' | 'openmetrics';

/** What to read, from whom: the options `creditline credits` and `creditline serve` share. */
export interface VendorFlags {
  sandbox: boolean;
  /** The vendors --vendor named, in the order of CREDIT_VENDORS; undefined for all. */
  vendors: CreditVendor[] | undefined;
  /** The --nue-customer values as given (each may be a comma-separated list); undefined when none. */
  nueCustomers: string[] | undefined;
  nuePools: string | undefined;
  maileonAccount: string | undefined;
  maileonStatus: string | undefined;
  baseUrls: Partial<Record<CreditVendor, string>>;
}

export interface CreditsFlags extends VendorFlags {
  format: CreditsFormat;
  warnBelow: Threshold | undefined;
  /** The rows closest to running out first (--sort); undefined keeps the vendors' order. */
  sort: BalanceOrder | undefined;
}

export interface ServeFlags extends VendorFlags {
  listen: ListenAddress;
  /** The time between two readings of the vendors, in milliseconds. */
  refreshMs: number;
}

export interface DriftFlags {
  /** JSON Lines files of drift reports (creditline/validate's collector). */
  files: string[];
  json: boolean;
  /** A spec/ folder of this repository, so that edits name its files; else the bundled specs. */
  specRoot: string | undefined;
}

export type Invocation =
  | { command: 'help' }
  | { command: 'version' }
  | { command: 'credits'; flags: CreditsFlags }
  | { command: 'serve'; flags: ServeFlags }
  | { command: 'drift'; flags: DriftFlags };

const FORMATS: readonly CreditsFormat[] = ['table', 'json', 'openmetrics'];
/** Options of one command only, each with the command it goes with. */
const ONLY_FOR: Record<string, 'credits' | 'serve'> = { format: 'credits', 'warn-below': 'credits', sort: 'credits', listen: 'serve', refresh: 'serve' };

export function parseCommandLine(argv: string[]): Invocation {
  const { values, positionals } = parse(argv);
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };
  const command = positionals[0];
  for (const [option, owner] of Object.entries(ONLY_FOR)) {
    if (owner !== command && values[option as keyof typeof values] !== undefined) throw new UsageError(`--${option} goes with \`creditline ${owner}\``);
  }
  if (command === 'drift') {
    if (positionals.length < 2) throw new UsageError('creditline drift takes the JSON Lines files of drift reports: `creditline drift <reports.jsonl> …`');
    return { command: 'drift', flags: { files: positionals.slice(1), json: values.json ?? false, specRoot: values.spec } };
  }
  if (values.spec !== undefined) throw new UsageError('--spec goes with `creditline drift`');
  if (command !== 'credits' && command !== 'serve')
    throw new UsageError(
      positionals.length
        ? 'unknown command: the commands are `creditline credits`, `creditline serve` and `creditline drift`'
        : 'a command is needed: `creditline credits`, `creditline serve` or `creditline drift`',
    );
  if (positionals.length > 1) throw new UsageError(`creditline ${command} takes no arguments, got ${positionals.length - 1}`);
  if (command === 'serve') {
    if (values.json) throw new UsageError('--json goes with `creditline credits`');
    return { command, flags: { ...vendorFlags(values), listen: parseListen(values.listen), refreshMs: parseRefresh(values.refresh) } };
  }
  return {
    command,
    flags: {
      ...vendorFlags(values),
      format: parseFormat(values.format, values.json),
      warnBelow: values['warn-below'] === undefined ? undefined : parseThreshold(values['warn-below']),
      sort: values.sort === undefined ? undefined : parseBalanceOrder(values.sort),
    },
  };
}

function vendorFlags(values: ReturnType<typeof parse>['values']): VendorFlags {
  const baseUrls = dropUndefined({ nue: values['nue-base-url'], xovi: values['xovi-base-url'], maileon: values['maileon-base-url'] });
  if (values.sandbox && Object.keys(baseUrls).length) throw new UsageError('--sandbox answers for every vendor itself: leave out the --*-base-url options');
  return {
    sandbox: values.sandbox ?? false,
    vendors: values.vendor && parseVendors(values.vendor),
    nueCustomers: values['nue-customer'],
    nuePools: values['nue-pools'],
    maileonAccount: values['maileon-account'],
    maileonStatus: values['maileon-status'],
    baseUrls,
  };
}

/** `--format`, or `--json` as its short form; the two saying different things is a usage error. */
function parseFormat(format: string | undefined, json: boolean | undefined): CreditsFormat {
  if (format === undefined) return json ? 'json' : 'table';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format takes ${FORMATS.join(', ')}, got ${JSON.stringify(format)}`);
  if (json && format !== 'json') throw new UsageError(`--json is short for --format json: leave it out with --format ${format}`);
  return format as CreditsFormat;
}

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's message names the option, never its value; its advice on positionals does not apply here.
    // Stryker disable next-line OptionalChaining,Regex,StringLiteral: split always yields a first line, which has no newline for `$` to matter; 'bad option' is unreachable
    const message = (error as Error).message.split('\n')[0]?.replace(/\. To specify a positional argument.*$/, '') ?? 'bad option';
    const hint = /key|password|token|secret/i.test(message) ? ' (credentials come only from the environment)' : '';
    throw new UsageError(`${message}${hint}`);
  }
}

function parseVendors(values: string[]): CreditVendor[] {
  const named = values.flatMap((value) => value.split(',')).map((name) => name.trim().toLowerCase());
  const unknown = named.filter((name) => !(CREDIT_VENDORS as readonly string[]).includes(name));
  // Stryker disable next-line ConditionalExpression: split always yields at least one name (an empty one is unknown), so named is never empty
  if (unknown.length || named.length === 0)
    throw new UsageError(`--vendor takes ${CREDIT_VENDORS.join(', ')} (comma-separated or repeated), got ${JSON.stringify(unknown.join(','))}`);
  return CREDIT_VENDORS.filter((vendor) => named.includes(vendor));
}

function dropUndefined<Value>(record: Record<string, Value | undefined>): Partial<Record<CreditVendor, Value>> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as Partial<Record<CreditVendor, Value>>;
}
