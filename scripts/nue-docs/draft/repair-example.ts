// One example is printed as a JSON string whose text is an object missing its opening brace
// ("order":{…},"orderProducts":[…]}); as printed it is a plain string. Such text is read as
// the object it spells; everything else is used as printed.
export function repairExample(value: unknown): { value: unknown; repaired: boolean } {
  if (typeof value !== 'string' || !/^\s*"[^"]+"\s*:/.test(value)) return { value, repaired: false };
  for (const text of [`{${value}`, `{${value}}`]) {
    try {
      return { value: JSON.parse(text) as unknown, repaired: true };
    } catch {
      // try the next reading
    }
  }
  return { value, repaired: false };
}
