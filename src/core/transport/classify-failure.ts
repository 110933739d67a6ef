// Node's fetch rejects with `TypeError: fetch failed` and hides the system error in `cause`
// (an AggregateError when several addresses were tried).

export interface FailureFacts {
  code: string | undefined;
  reason: string;
  connectionRefused: boolean;
}

const CONNECT_PHASE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

export function classifyFailure(error: unknown): FailureFacts {
  const codes = collectCodes(error);
  const code = codes[0];
  const root = rootMessage(error);
  return {
    code,
    reason: code && !root.includes(code) ? `${root} (${code})` : root,
    connectionRefused: codes.length > 0 && codes.every((c) => CONNECT_PHASE_CODES.has(c)),
  };
}

function collectCodes(error: unknown, depth = 0): string[] {
  if (!error || typeof error !== 'object' || depth > 5) return [];
  const record = error as { code?: unknown; cause?: unknown; errors?: unknown };
  const own = typeof record.code === 'string' ? [record.code] : [];
  const nested = Array.isArray(record.errors) ? record.errors.flatMap((e) => collectCodes(e, depth + 1)) : [];
  return [...own, ...nested, ...collectCodes(record.cause, depth + 1)];
}

function rootMessage(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; depth < 5; depth++) {
    const cause = (current as { cause?: unknown } | null)?.cause;
    if (!(cause instanceof Error)) break;
    current = cause;
  }
  return current instanceof Error && current.message ? current.message : String(current);
}
