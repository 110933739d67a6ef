// The complete help of `creditline`, printed by --help and pinned by a snapshot test. This is
// the one copy: the README and guides/cli.md show the command at work and point here.
import { EXIT_CODES } from './exit-codes.js';

export const HELP = `Usage: creditline credits [options]
       creditline serve [--listen <host:port>] [--refresh <duration>] [options]
       creditline drift <reports.jsonl>... [--json] [--spec <dir>]
       creditline --help | --version

creditline credits prints the credit balances of every configured vendor: one
row per account credit pool of each Nue customer, one for the XOVI account's
credits and one for its monitored-keywords quota, one per Maileon contingent
(with the account's prepaid status). KIND says whether a row is credits to
spend or a quota (a limit on what may be in use at once). Failures, partial-
success warnings and skipped vendors are listed below the table; one vendor
(or Nue customer) failing never hides the others. It only reads: it never
changes anything at a vendor.

Options:
  --json                     print the report as JSON instead of a table
                             (schema: creditline/schemas/credit-report.schema.json)
  --format <format>          table (the default), json (the same as --json)
                             or openmetrics: metrics in the OpenMetrics text
                             format, e.g. for node_exporter's textfile
                             collector; notes go to stderr
  --vendor <names>           only these vendors: nue, xovi, maileon
                             (comma-separated or repeated)
  --warn-below <limit>       exit ${EXIT_CODES.belowThreshold} when a balance or quota has less than
                             <limit> available: an amount (500) or a
                             percentage of what was granted (10%)
  --sort <order>             the rows closest to running out first:
                             available (least left first) or share (least
                             left of what was granted first; rows that do
                             not say what was granted go last)
  --sandbox                  ask an embedded server on 127.0.0.1 that answers
                             with the specs' examples: no account, no network
  --nue-customer <ids>       only these Nue customers, comma-separated or
                             repeated (or NUE_CUSTOMER_ID); default: every
                             customer of the tenant, a few at a time
  --nue-pools <ids>          only these Nue account credit pools, comma-
                             separated (or NUE_ACCOUNT_POOL_IDS)
  --maileon-account <id>     the Maileon newsletter account
                             (or MAILEON_NL_ACCOUNT_ID)
  --maileon-status <states>  contingents in these states, comma-separated
                             (or MAILEON_CONTINGENT_STATUS; default
                             running,outstanding)
  --nue-base-url <url>       another Nue (or NUE_BASE_URL;
                             default https://api.nue.io)
  --xovi-base-url <url>      another XOVI (or XOVI_BASE_URL;
                             default https://suite.xovi.net/api)
  --maileon-base-url <url>   another Maileon (or MAILEON_BASE_URL;
                             default https://api.maileon.com)
  -h, --help                 print this help
  -v, --version              print the version

Credentials come only from the environment, never from a flag; each variable
NAME can instead be NAME_FILE, the path of a file that holds the value:
  NUE_API_KEY                Nue's API key; or, to log in, NUE_USERNAME and
                             NUE_PASSWORD (with NUE_TENANT or NUE_API_ACCESS_KEY
                             when the user has several tenants)
  XOVI_API_KEY               XOVI's API key
  MAILEON_API_KEY            Maileon's API key
A vendor with none of its variables set is skipped with a note; one set up only
in part is a usage error. Credentials are never printed.

Exit codes:
  ${EXIT_CODES.ok}  every configured vendor was read, no balance below --warn-below
  ${EXIT_CODES.unexpected}  an unexpected error (a bug in creditline)
  ${EXIT_CODES.usage}  a usage error: an unknown option, a bad value, a vendor set up
     only in part, no vendor set up at all; nothing was asked
  ${EXIT_CODES.vendorFailed}  a vendor could not be read (the others are still printed);
     this wins over ${EXIT_CODES.belowThreshold}
  ${EXIT_CODES.belowThreshold}  a balance is below --warn-below

creditline serve is a Prometheus exporter: GET /metrics serves the credits of
every configured vendor (set up as for credits, with the same options but
--json, --format, --warn-below and --sort), read in the background at most once
per --refresh, so that no scrape waits on or asks a vendor. A vendor that fails
is reported down and its last credits stay, marked stale. GET /healthz answers
"ok". It stops on SIGTERM or SIGINT and exits ${EXIT_CODES.ok}; an address it cannot listen on
is a usage error.
  --listen <host:port>       where to serve (default 127.0.0.1:9464); other
                             networks only when named, e.g. 0.0.0.0:9464
  --refresh <duration>       time between two readings, e.g. 90s, 5m or 1h
                             (default 5m, at least 1s)

creditline drift reads the JSON Lines that creditline/validate's drift collector
wrote and prints the spec edits they call for: which spec file and property,
what the spec says, what the APIs sent and how often; parts of the spec that
were inferred come first. --json prints them as JSON; --spec <dir> names the
files of a checkout's spec/ folder instead of the bundled openapi/<api>.json.
An empty file is nothing drifted; a file with lines but no report in it is a
usage error (exit ${EXIT_CODES.usage}), and other lines among reports are left out and named.

Examples:
  npx creditline credits --sandbox
  creditline credits --vendor nue,xovi --json
  creditline credits --warn-below 10% || echo "credits are low" >&2
  creditline credits --vendor nue --nue-customer cus-1,cus-2 --sort share
  creditline credits --format openmetrics > creditline.prom
  creditline serve --listen 127.0.0.1:9464 --refresh 5m
  creditline drift staging-drift.jsonl --spec ./spec
`;
