// One example is printed as a JSON string whose text is an object missing its opening brace
// ("order":{…},"orderProducts":[…]}); as printed it is a plain string. Such text is read as
// the object it spells; everything else is used as printed.
import type { DocExample } from './model.js';

function repair(value: unknown): unknown {
  if (typeof value !== 'string' || !/^\s*"[^"]+"\s*:/.test(value)) return value;
  for (const text of [`{${value}`, `{${value}}`]) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      // try the next reading
    }
  }
  return value;
}

/** The value an example stands for: as printed, or the object a printed JSON text spells. */
export function exampleValue(example: DocExample): unknown {
  return repair(example.value);
}
