// Descriptions as the docs print them, minus the generator's noise: "none" means there is
// none, and an array's description is printed in brackets.
export function curatedDescription(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  let value = text.trim();
  if (value === 'none' || value === '') return undefined;
  if (/^\[[^\]]*\]$/.test(value)) value = value.slice(1, -1).trim();
  return value === '' || value === 'none' ? undefined : value;
}
