// Masks secrets wherever text leaves the library: error messages, URLs in errors, log lines.
// A secret can sit in a URL path (XOVI), a query string (Maileon) or a header (Nue), and
// tokens appear only after login, so secrets can be added at any time.
import { base64Utf8 } from '../base64.js';

export const REDACTED = '***';

/** Query parameters whose values are always secret, whatever their value. */
const SECRET_QUERY_PARAMS = new Set(['key', 'apikey', 'api_key', 'apiaccesskey', 'token', 'access_token', 'refresh_token', 'password', 'secret']);

export class Redactor {
  readonly #secrets = new Set<string>();
  #pattern: RegExp | undefined;

  constructor(secrets: Iterable<string | undefined> = []) {
    for (const secret of secrets) this.addSecret(secret);
  }

  /** Registers a value to be masked from now on (short values would mask ordinary text). */
  addSecret(secret: string | undefined): void {
    if (!secret || secret.length < 4) return;
    // As typed, in a URL path, in a form-encoded query (space as `+`) and in a Basic token.
    const forms = [secret, encodeURIComponent(secret), new URLSearchParams({ s: secret }).toString().slice(2), base64Utf8(secret)];
    let changed = false;
    for (const form of forms) {
      if (!this.#secrets.has(form)) {
        this.#secrets.add(form);
        changed = true;
      }
    }
    if (changed) this.#pattern = undefined;
  }

  /** Masks every registered secret in any text. */
  text(value: string): string {
    if (this.#secrets.size === 0) return value;
    this.#pattern ??= new RegExp(
      [...this.#secrets]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|'),
      'g',
    );
    return value.replace(this.#pattern, REDACTED);
  }

  /** Masks secret query parameters by name and every registered secret in the rest of the URL. */
  url(value: string): string {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return this.text(value);
    }
    for (const name of [...url.searchParams.keys()]) {
      if (SECRET_QUERY_PARAMS.has(name.toLowerCase())) url.searchParams.set(name, REDACTED);
    }
    url.username = url.username ? REDACTED : '';
    url.password = url.password ? REDACTED : '';
    // URLSearchParams encodes "*" as %2A; keep the mask readable.
    return this.text(url.toString().replaceAll('%2A%2A%2A', REDACTED));
  }

  /** A deep copy of a parsed body with every registered secret masked in its strings. */
  value<T>(value: T): T {
    if (this.#secrets.size === 0) return value;
    if (typeof value === 'string') return this.text(value) as T;
    if (Array.isArray(value)) return value.map((item) => this.value(item)) as T;
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) out[key] = this.value(item);
      return out as T;
    }
    return value;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
