// A value a caller passed where it does not belong, as a refusal names it: enough to recognise
// the mistake (`"enum"`, `3 (a number)`, `an object`, `a Set`), never more than a short string of
// it, since an option given in the wrong place may be anything. The validator's options hold no
// secret, so a short string is shown; the clients' options may (keys, passwords), and
// `describeValue` in core/errors.ts never shows a string's text.
const SHOWN_CHARACTERS = 40;

export function describeValue(value: unknown): string {
  if (value === undefined || value === null) return String(value);
  switch (typeof value) {
    case 'string':
      if (value === '') return 'an empty string';
      return JSON.stringify(value.length > SHOWN_CHARACTERS ? `${value.slice(0, SHOWN_CHARACTERS)}…` : value);
    case 'number':
    case 'boolean':
    case 'bigint':
      return `${String(value)} (a ${typeof value})`;
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
  }
  if (Array.isArray(value)) return `an array (${value.length} ${value.length === 1 ? 'item' : 'items'})`;
  const prototype = Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null;
  const kind = prototype?.constructor?.name;
  if (prototype === Object.prototype || typeof kind !== 'string' || kind === '') return 'an object';
  return `${/^[AEIOU]/.test(kind) ? 'an' : 'a'} ${kind}`;
}
