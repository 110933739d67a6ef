// Masks secrets wherever text leaves the library: error messages, URLs in errors, log lines.
// A secret can sit in a URL path (XOVI), a query string (Maileon) or a header (Nue), and
// tokens appear only after login, so secrets can be added at any time.
import { base64Utf8 } from '../base64.js';
import { createLiteralMatcher, type LiteralMatcher, MIN_LITERAL_LENGTH } from './literal-matcher.js';

export const REDACTED = '***';

/** Query parameters whose values are always secret, whatever their value. */
const SECRET_QUERY_PARAMS = new Set(['key', 'apikey', 'api_key', 'apiaccesskey', 'token', 'access_token', 'refresh_token', 'password', 'secret']);

export class Redactor {
  /** Each secret with the forms it travels in. */
  readonly #secrets = new Map<string, string[]>();
  #matcher: LiteralMatcher | undefined;

  // Stryker disable next-line ArrayDeclaration: a default list holding a string would only mask that string, which no text holds
  constructor(secrets: Iterable<string | undefined> = []) {
    for (const secret of secrets) this.addSecret(secret);
  }

  /** Registers a value to be masked from now on (short values would mask ordinary text). */
  addSecret(secret: string | undefined): void {
    if (!secret || secret.length < MIN_LITERAL_LENGTH || this.#secrets.has(secret)) return;
    this.#secrets.set(secret, encodingsOf(secret));
    this.#matcher = undefined;
  }

  /**
   * Registers the form each secret takes in a URL about to be sent. A URL parser normalises what
   * an encoder wrote (WHATWG escapes `'` in a query but leaves `!`), and a server may echo the URL
   * as it received it: so the form is read back from the URL itself rather than predicted. A path
   * segment or query value that decodes to a secret is that secret's form.
   */
  noteUrl(value: string): void {
    // Stryker disable next-line ConditionalExpression: without secrets no piece decodes to one; this only saves the parsing
    if (this.#secrets.size === 0) return;
    const { pathname, search } = new URL(value); // a Request's URL, so always valid
    const pieces = [
      ...pathname.split('/'),
      ...search
        // Stryker disable next-line MethodExpression: the "?" left on the first pair goes with its name below
        .slice(1)
        .split('&')
        .map((pair) => pair.slice(pair.indexOf('=') + 1)),
    ];
    for (const piece of pieces) {
      const forms = this.#secrets.get(decoded(piece)) ?? this.#secrets.get(decoded(piece.replaceAll('+', '%20')));
      if (!forms) continue;
      // Stryker disable next-line MethodExpression: a form registered twice masks the same
      const added = escapeVariants(piece).filter((form) => !forms.includes(form));
      // Stryker disable next-line ConditionalExpression,EqualityOperator: building the matcher again when nothing was added masks the same; it only costs time on every request
      if (added.length === 0) continue;
      forms.push(...added);
      this.#matcher = undefined;
    }
  }

  /**
   * Stops masking a secret that can no longer appear: a token that was replaced and has expired
   * (Nue's password login renews one every quarter hour; keeping them all would grow without end).
   */
  retireSecret(secret: string | undefined): void {
    // Stryker disable next-line ConditionalExpression: deleting undefined from the map is false anyway
    if (secret !== undefined && this.#secrets.delete(secret)) this.#matcher = undefined;
  }

  /** Masks every registered secret in any text. */
  text(value: string): string {
    // Stryker disable next-line ConditionalExpression: a matcher of no secrets masks nothing; this only saves building it
    if (this.#secrets.size === 0) return value;
    this.#matcher ??= createLiteralMatcher([...this.#secrets.values()].flat());
    return this.#matcher.replaceAll(value, REDACTED);
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
    // Stryker disable next-line ConditionalExpression: without secrets the copy equals the value; this only saves making it
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

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Every form a secret travels in: as typed, in a URL path (`encodeURIComponent`) or a
 * form-encoded query (space as `+`, `!'()~` escaped), each of those percent-encoded once more
 * (a URL echoed inside another URL's query), inside a JSON string, and in a Basic token. The form
 * a URL parser made of it is added when a request carries it (`noteUrl`).
 */
function encodingsOf(secret: string): string[] {
  const forms = new Set([secret, JSON.stringify(secret).slice(1, -1), base64Utf8(secret)]);
  // A lone surrogate cannot be percent-encoded (encodeURIComponent throws); such a secret cannot
  // travel in a URL as it is either, so its other forms are all there is to mask.
  if (LONE_SURROGATE.test(secret)) return [...forms];
  const inForm = new URLSearchParams({ s: secret }).toString().slice(2);
  const inPath = encodeURIComponent(secret);
  for (const form of [inPath, inForm, encodeURIComponent(inPath), encodeURIComponent(inForm)]) {
    for (const variant of escapeVariants(form)) forms.add(variant);
  }
  return [...forms];
}

/**
 * A percent-encoded form as servers echo it: as it is, with its escapes in upper and in lower
 * case, and with `+` for an encoded space (a form-encoded echo).
 */
function escapeVariants(form: string): string[] {
  // Both cases, whichever the form has: the encoders write upper case, but a URL read back in
  // noteUrl keeps the case of whatever wrote it (a middleware may write lower case).
  const upper = form.replace(/%[0-9a-f]{2}/gi, (hex) => hex.toUpperCase());
  const lower = form.replace(/%[0-9a-f]{2}/gi, (hex) => hex.toLowerCase());
  return [...new Set([form, upper, lower, upper.replaceAll('%20', '+'), lower.replaceAll('%20', '+')])];
}

function decoded(piece: string): string {
  try {
    return decodeURIComponent(piece);
  } catch {
    return piece;
  }
}
