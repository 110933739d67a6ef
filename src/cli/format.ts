// How values read in the table and the notes: numbers with thousands separators, fixed to en-US so
// that the output is the same on every machine, and a dash where a vendor does not say.
const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

export const NOT_SAID = '-';

export function formatNumber(value: number | undefined): string {
  return value === undefined ? NOT_SAID : NUMBER.format(value);
}

export function formatText(value: string | undefined): string {
  return value === undefined || value === '' ? NOT_SAID : value;
}
