// The balances as a table: one row per balance, columns padded to their widest cell, numbers
// aligned right. Colour (when the terminal has it) marks the header and the balances below the
// --warn-below threshold, and is added after padding, so it never shifts a column.
import type { CreditBalance } from '../balances/credit-balance.js';
import { formatNumber, formatText } from './format.js';
import type { Style } from './terminal.js';

interface Column {
  header: string;
  cell(balance: CreditBalance): string;
  right?: boolean;
}

const COLUMNS: Column[] = [
  { header: 'VENDOR', cell: (b) => b.vendor },
  { header: 'KIND', cell: (b) => b.kind },
  { header: 'ACCOUNT', cell: (b) => (b.accountName === undefined ? b.account : `${b.account} (${b.accountName})`) },
  { header: 'NAME', cell: (b) => formatText(b.name) },
  { header: 'AVAILABLE', cell: (b) => formatNumber(b.available), right: true },
  { header: 'USED', cell: (b) => formatNumber(b.used), right: true },
  { header: 'GRANTED', cell: (b) => formatNumber(b.granted), right: true },
  { header: 'EXPIRES OR RENEWS', cell: (b) => formatText(b.renewsOrExpiresAt) },
  { header: 'STATUS', cell: (b) => formatText([b.status, b.prepaid && `(prepaid ${b.prepaid})`].filter(Boolean).join(' ')) },
];

export function renderTable(balances: CreditBalance[], style: Style, low: ReadonlySet<CreditBalance>): string {
  const rows = balances.map((balance) => COLUMNS.map((column) => column.cell(balance)));
  const widths = COLUMNS.map((column, i) => Math.max(column.header.length, ...rows.map((row) => row[i]?.length ?? 0)));
  const last = COLUMNS.length - 1;
  const pad = (cell: string, i: number) => (COLUMNS[i]?.right ? cell.padStart(widths[i] ?? 0) : i === last ? cell : cell.padEnd(widths[i] ?? 0));
  const line = (cells: string[], paint: (text: string) => string) => cells.map((cell, i) => paint(pad(cell, i))).join('  ');
  const header = line(
    COLUMNS.map((column) => column.header),
    style.bold,
  );
  return [header, ...rows.map((row, i) => line(row, low.has(balances[i] as CreditBalance) ? style.red : (text) => text))].join('\n');
}
