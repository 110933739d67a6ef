// `--json`: the readCreditBalances report as JSON, in the shape of schemas/credit-report.schema.json.
// A vendor's silence is `null` (JSON has no undefined), and an error becomes its name, message
// and the plain fields that say what failed; bodies and causes are left out, and the library has
// masked credentials in all of these before they got here.
import type { CreditBalance } from '../balances/credit-balance.js';
import type { CreditBalanceReport } from '../balances/read-credit-balances.js';

/** Fields of creditline's errors that say what failed, as numbers or strings. */
const ERROR_FIELDS = [
  'status',
  'code',
  'problem',
  'option',
  'method',
  'pathTemplate',
  'url',
  'requestId',
  'errorCode',
  'errorType',
  'apiErrorCode',
  'apiErrorMessage',
];

export function jsonReport(report: CreditBalanceReport): unknown {
  return {
    balances: report.balances.map(jsonBalance),
    failures: report.failures.map(({ vendor, account, error }) => ({ vendor, account: account ?? null, error: jsonError(error) })),
    warnings: report.warnings.map(({ vendor, account, code, message }) => ({ vendor, account: account ?? null, code: code ?? null, message: message ?? null })),
  };
}

function jsonBalance(balance: CreditBalance): unknown {
  const { vendor, kind, account, accountName, name, available, used, granted, renewsOrExpiresAt, status, prepaid, source } = balance;
  return {
    vendor,
    kind,
    account,
    accountName: accountName ?? null,
    name: name ?? null,
    available,
    used: used ?? null,
    granted: granted ?? null,
    renewsOrExpiresAt: renewsOrExpiresAt ?? null,
    status: status ?? null,
    prepaid: prepaid ?? null,
    source: source ?? null,
  };
}

function jsonError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const out: Record<string, unknown> = { name: error.name, message: error.message };
  for (const field of ERROR_FIELDS) {
    const value = (error as unknown as Record<string, unknown>)[field];
    if (typeof value === 'string' || typeof value === 'number') out[field] = value;
  }
  return out;
}
