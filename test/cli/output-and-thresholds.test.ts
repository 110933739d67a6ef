// The pieces of the `creditline` command that have no public entry of their own: the --warn-below
// threshold, the table, the notes under it, colour on a terminal, the Maileon account and list
// settings, and reading drift reports back from JSON Lines.
import { describe, expect, it } from 'vitest';
import type { CreditBalance } from '../../src/balances/credit-balance.js';
import { list, nlAccountId } from '../../src/cli/configuration.js';
import { exitCodeOf } from '../../src/cli/exit-codes.js';
import { formatNumber, formatText } from '../../src/cli/format.js';
import { jsonReport } from '../../src/cli/json-report.js';
import { progressOn } from '../../src/cli/progress.js';
import { reportNotes } from '../../src/cli/report-notes.js';
import { renderTable } from '../../src/cli/table.js';
import { outputTo, type Style } from '../../src/cli/terminal.js';
import { isBelow, parseThreshold, thresholdText } from '../../src/cli/threshold.js';
import { UsageError } from '../../src/cli/usage-error.js';
import { Redactor } from '../../src/core/redaction/redactor.js';
import { DriftInputError, readDriftReports } from '../../src/drift/read-reports.js';
import { driftReport } from '../validate/drift-report-fixture.js';

const plain: Style = { bold: (t) => t, dim: (t) => t, red: (t) => t, yellow: (t) => t, green: (t) => t };
const marked: Style = {
  bold: (t) => `<b>${t}</b>`,
  dim: (t) => `<d>${t}</d>`,
  red: (t) => `<r>${t}</r>`,
  yellow: (t) => `<y>${t}</y>`,
  green: (t) => `<g>${t}</g>`,
};

function balance(overrides: Partial<CreditBalance>): CreditBalance {
  return {
    vendor: 'nue',
    kind: 'credit',
    account: 'acct',
    name: undefined,
    available: 0,
    used: undefined,
    granted: undefined,
    renewsOrExpiresAt: undefined,
    status: undefined,
    source: undefined,
    ...overrides,
  };
}

function usageError(run: () => unknown): UsageError {
  try {
    run();
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error('no UsageError');
}

describe('parseThreshold', () => {
  it('reads amounts, decimals and percentages, around blanks', () => {
    expect(parseThreshold('500')).toEqual({ kind: 'amount', amount: 500 });
    expect(parseThreshold(' 12.5 ')).toEqual({ kind: 'amount', amount: 12.5 });
    expect(parseThreshold('10%')).toEqual({ kind: 'percent', percent: 10 });
    expect(parseThreshold('2.25%')).toEqual({ kind: 'percent', percent: 2.25 });
    expect(parseThreshold(' 100% ')).toEqual({ kind: 'percent', percent: 100 });
  });

  it('refuses text before or after the number, and a decimal point without digits', () => {
    for (const text of ['x5', '5x', '5%%', '1.a', '1.', '-5', '']) {
      const error = usageError(() => parseThreshold(text));
      expect(error.name).toBe('UsageError');
      expect(error.message).toContain(JSON.stringify(text));
    }
  });

  it('refuses a percentage above 100%, quoting it trimmed', () => {
    expect(usageError(() => parseThreshold(' 100.5% ')).message).toBe('--warn-below takes a percentage from 0% to 100%, got 100.5%');
  });

  it('judges amounts and percentages, and leaves a percentage unjudged without a granted amount', () => {
    expect(isBelow({ available: 4, granted: undefined }, { kind: 'amount', amount: 5 })).toBe(true);
    expect(isBelow({ available: 5, granted: undefined }, { kind: 'amount', amount: 5 })).toBe(false);
    expect(isBelow({ available: 9, granted: 100 }, { kind: 'percent', percent: 10 })).toBe(true);
    expect(isBelow({ available: 10, granted: 100 }, { kind: 'percent', percent: 10 })).toBe(false);
    expect(isBelow({ available: 1, granted: 0 }, { kind: 'percent', percent: 10 })).toBeUndefined();
    expect(isBelow({ available: 1, granted: undefined }, { kind: 'percent', percent: 10 })).toBeUndefined();
    expect(thresholdText({ kind: 'amount', amount: 500 })).toBe('500');
    expect(thresholdText({ kind: 'percent', percent: 10 })).toBe('10%');
  });
});

describe('format', () => {
  it('writes numbers en-US with separators and a dash for what a vendor does not say', () => {
    expect(formatNumber(1234567.5)).toBe('1,234,567.5');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(undefined)).toBe('-');
    expect(formatText('Active')).toBe('Active');
    expect(formatText('')).toBe('-');
    expect(formatText(undefined)).toBe('-');
  });
});

describe('renderTable', () => {
  const rows = [
    balance({
      vendor: 'nue',
      account: 'customer-1',
      name: 'Main pool',
      available: 1500,
      used: 20,
      granted: 2000,
      renewsOrExpiresAt: '2027-01-01',
      status: 'Active',
    }),
    balance({ vendor: 'xovi', kind: 'quota', account: 'x', available: 3 }),
  ];

  it('pads every column to its widest cell, numbers to the right, the last column unpadded', () => {
    expect(renderTable(rows, plain, new Set()).split('\n')).toEqual([
      'VENDOR  KIND    ACCOUNT     NAME       AVAILABLE  USED  GRANTED  EXPIRES OR RENEWS  STATUS',
      'nue     credit  customer-1  Main pool      1,500    20    2,000  2027-01-01         Active',
      'xovi    quota   x           -                  3     -        -  -                  -',
    ]);
  });

  it("adds a Maileon account's prepaid status to the status, or shows it alone", () => {
    const cells = (overrides: Partial<CreditBalance>) =>
      renderTable([balance(overrides)], plain, new Set())
        .split('\n')[1]
        ?.split(/ {2,}/)
        .at(-1);
    expect(cells({ status: 'running', prepaid: 'active' })).toBe('running (prepaid active)');
    expect(cells({ status: 'running', prepaid: 'inactive' })).toBe('running (prepaid inactive)');
    expect(cells({ prepaid: 'inactive' })).toBe('(prepaid inactive)');
    expect(cells({ status: 'running' })).toBe('running');
    expect(cells({})).toBe('-');
  });

  it('widens a column to a cell longer than its header', () => {
    const [header, row] = renderTable([balance({ vendor: 'maileon', account: 'a', available: 123456789012 })], plain, new Set()).split('\n');
    expect(row).toBe('maileon  credit  a        -     123,456,789,012     -        -  -                  -');
    expect(header).toBe('VENDOR   KIND    ACCOUNT  NAME        AVAILABLE  USED  GRANTED  EXPIRES OR RENEWS  STATUS');
  });

  it('paints the header bold and the low balances red, each cell after padding', () => {
    const lines = renderTable(rows, marked, new Set([rows[1] as CreditBalance])).split('\n');
    expect(lines[0]).toBe(
      '<b>VENDOR</b>  <b>KIND  </b>  <b>ACCOUNT   </b>  <b>NAME     </b>  <b>AVAILABLE</b>  <b>USED</b>  <b>GRANTED</b>  <b>EXPIRES OR RENEWS</b>  <b>STATUS</b>',
    );
    expect(lines[1]).toMatch(/^nue {5}credit {2}customer-1 {2}/);
    expect(lines[2]).toMatch(/^<r>xovi {2}<\/r> {2}<r>quota {1}<\/r> {2}<r>x {9}<\/r> {2}/);
    expect(lines[2]).toMatch(/<r>-<\/r>$/);
  });
});

describe('reportNotes', () => {
  const low = balance({ vendor: 'nue', account: 'c1', name: 'Pool A', available: 5, granted: 1000 });
  const lowWithout = balance({ vendor: 'xovi', account: 'x1', available: 2 });
  const unjudged = balance({ vendor: 'maileon', account: '7', name: 'Contingent', available: 9 });

  it('lists failures, warnings, skipped vendors, low and unjudged balances, in that order, each labelled and painted', () => {
    const notes = reportNotes(
      {
        balances: [],
        failures: [
          { vendor: 'xovi', error: new Error('boom') },
          { vendor: 'nue', account: 'customer c9', error: new Error('down') },
        ],
        warnings: [
          { vendor: 'nue', code: 'POOL_UNREADABLE', message: 'pool p2' },
          { vendor: 'nue', code: undefined, message: undefined },
          { vendor: 'xovi', account: 'XOVI account', code: 'quota-unread', message: 'no' },
          { vendor: 'maileon', account: 'newsletter account 1', code: undefined, message: undefined },
        ] as never,
        skipped: undefined,
      } as never,
      [{ vendor: 'maileon', reason: 'not set up (set MAILEON_API_KEY)' }],
      { threshold: { kind: 'percent', percent: 10 }, below: [low, lowWithout], unjudged: [unjudged] },
      marked,
    );
    expect(notes).toEqual([
      '<r>failed  </r> xovi: Error: boom',
      '<r>failed  </r> nue: customer c9: Error: down',
      '<y>warning </y> nue: POOL_UNREADABLE pool p2',
      '<y>warning </y> nue: partial answer',
      '<y>warning </y> xovi: XOVI account: quota-unread no',
      '<y>warning </y> maileon: newsletter account 1: partial answer',
      '<d>skipped </d> maileon: not set up (set MAILEON_API_KEY)',
      '<r>low     </r> nue: c1, Pool A has 5 available, below 10% (of 1,000 granted)',
      '<r>low     </r> xovi: x1 has 2 available, below 10%',
      '<y>unknown </y> maileon: 7, Contingent: not judged against 10%, its vendor does not say what was granted',
    ]);
  });

  it('has no threshold notes without a judgement', () => {
    expect(reportNotes({ balances: [], failures: [], warnings: [] }, [], undefined, plain)).toEqual([]);
  });
});

describe('outputTo', () => {
  const redactor = new Redactor(['hunter2-secret']);
  function written(stream: { isTTY?: boolean; hasColors?: () => boolean }, env: Record<string, string> = {}) {
    let text = '';
    const output = outputTo({ ...stream, write: (t: string) => (text += t) }, env, redactor);
    output.write(output.style.red('x hunter2-secret'));
    return { text, interactive: output.interactive, bold: output.style.bold('b') };
  }

  it('colours only a terminal that has colours and no NO_COLOR, and masks what it writes', () => {
    expect(written({ isTTY: true, hasColors: () => true })).toEqual({ text: '\u001b[31mx ***\u001b[39m', interactive: true, bold: '\u001b[1mb\u001b[22m' });
    expect(written({ isTTY: true, hasColors: () => true }, { NO_COLOR: '1' })).toEqual({ text: 'x ***', interactive: true, bold: 'b' });
    expect(written({ isTTY: true, hasColors: () => false })).toEqual({ text: 'x ***', interactive: true, bold: 'b' });
    expect(written({ isTTY: true })).toEqual({ text: 'x ***', interactive: true, bold: 'b' });
    expect(written({ hasColors: () => true })).toEqual({ text: 'x ***', interactive: false, bold: 'b' });
  });
});

describe('Maileon settings', () => {
  it('takes a whole account number only', () => {
    expect(nlAccountId('12345')).toBe(12345);
    expect(nlAccountId(' 7 ')).toBe(7);
    for (const text of ['x12', '12x', '1.5', '99999999999999999999', '']) {
      const error = usageError(() => nlAccountId(text));
      expect(error.message).toContain(JSON.stringify(text));
    }
  });

  it('splits a list on commas, without blanks', () => {
    expect(list(' running , expired,,')).toEqual(['running', 'expired']);
    expect(list(' , ')).toBeUndefined();
    expect(list(undefined)).toBeUndefined();
  });
});

describe('readDriftReports', () => {
  it('skips blank and whitespace-only lines without counting them as skipped, and numbers the others by file', () => {
    const report = JSON.stringify(driftReport());
    expect(
      readDriftReports([
        { name: 'a.jsonl', text: ['', '   ', 'not json', '{"also":"no report"}', report].join('\n') },
        { name: 'b.jsonl', text: `${report}\r\n\n[]` },
      ]),
    ).toEqual({
      reports: [driftReport({ count: 2 })],
      skipped: [
        { file: 'a.jsonl', line: 3, problem: 'not JSON' },
        { file: 'a.jsonl', line: 4, problem: 'JSON but not a drift report: `api` is missing or not a string' },
        { file: 'b.jsonl', line: 3, problem: 'JSON but not a drift report: an array, not an object' },
      ],
    });
  });

  it('refuses a file whose lines hold no report, naming its first such line; a file of blank lines is no report and no error', () => {
    const refusal = (() => {
      try {
        readDriftReports([
          { name: 'ok.jsonl', text: '\n \n' },
          { name: 'log.txt', text: '\n\nnull\nnot json' },
        ]);
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(DriftInputError);
    expect(refusal).toMatchObject({ file: 'log.txt', line: 3, problem: 'JSON but not a drift report: null, not an object' });
    expect((refusal as Error).message).toBe('log.txt holds no drift report: line 3 is JSON but not a drift report: null, not an object');
    expect(readDriftReports([{ name: 'ok.jsonl', text: '' }])).toEqual({ reports: [], skipped: [] });
  });
});

describe('jsonReport', () => {
  it('writes silences as null and errors as their name, message and the plain fields that say what failed', () => {
    const error = Object.assign(new TypeError('bad answer'), { status: 503, code: 'E_HTTP', url: 'https://x.test/a', body: 'left out', requestId: { no: 1 } });
    expect(
      jsonReport({
        balances: [balance({ vendor: 'xovi', account: 'x', available: 3 }), balance({ vendor: 'maileon', account: 'm', available: 1, prepaid: 'inactive' })],
        failures: [
          { vendor: 'xovi', error },
          { vendor: 'nue', account: 'customer c7', error: 'plain text' },
        ],
        warnings: [
          { vendor: 'nue', account: 'customer c1', code: 'C', message: 'M' },
          { vendor: 'nue', code: undefined, message: undefined },
        ] as never,
      }),
    ).toEqual({
      balances: [
        {
          vendor: 'xovi',
          kind: 'credit',
          account: 'x',
          accountName: null,
          name: null,
          available: 3,
          used: null,
          granted: null,
          renewsOrExpiresAt: null,
          status: null,
          prepaid: null,
          source: null,
        },
        {
          vendor: 'maileon',
          kind: 'credit',
          account: 'm',
          accountName: null,
          name: null,
          available: 1,
          used: null,
          granted: null,
          renewsOrExpiresAt: null,
          status: null,
          prepaid: 'inactive',
          source: null,
        },
      ],
      failures: [
        { vendor: 'xovi', account: null, error: { name: 'TypeError', message: 'bad answer', status: 503, code: 'E_HTTP', url: 'https://x.test/a' } },
        { vendor: 'nue', account: 'customer c7', error: { name: 'Error', message: 'plain text' } },
      ],
      warnings: [
        { vendor: 'nue', account: 'customer c1', code: 'C', message: 'M' },
        { vendor: 'nue', account: null, code: null, message: null },
      ],
    });
  });
});

describe('progressOn', () => {
  it('writes nothing off a terminal, and on one who is asked and how each answered', () => {
    let text = '';
    const output = { write: (t: string) => (text += t), style: marked, interactive: true };
    const progress = progressOn(output);
    progress.asking('nue', 'nue.test:8080');
    progress.asking('xovi', undefined);
    progress.answered('nue', { balances: [], failures: [{ vendor: 'nue', error: new Error('x') }], warnings: [] }, 12.6);
    progress.answered('xovi', { balances: [balance({}), balance({})], failures: [], warnings: [] }, 3.2);
    progress.answered('maileon', { balances: [balance({})], failures: [], warnings: [] }, 0);
    const failed = { vendor: 'nue' as const, account: 'customer c', error: new Error('x') };
    progress.answered('nue', { balances: [balance({}), balance({})], failures: [failed, failed, failed], warnings: [] }, 1.4);
    progress.answered('nue', { balances: [balance({})], failures: [failed], warnings: [] }, 2);
    expect(text.split('\n')).toEqual([
      '<d>nue: asking nue.test:8080 …</d>',
      '<d>xovi: asking …</d>',
      'nue: <r>failed</r> <d>in 13 ms</d>',
      'xovi: <g>2 balances</g> <d>in 3 ms</d>',
      'maileon: <g>1 balance</g> <d>in 0 ms</d>',
      'nue: <g>2 balances</g>, <r>3 failed</r> <d>in 1 ms</d>',
      'nue: <g>1 balance</g>, <r>1 failed</r> <d>in 2 ms</d>',
      '',
    ]);
    let silent = '';
    const off = progressOn({ ...output, write: (t: string) => (silent += t), interactive: false });
    off.asking('nue', 'h');
    off.answered('nue', { balances: [], failures: [], warnings: [] }, 1);
    expect(silent).toBe('');
  });
});

describe('exitCodeOf', () => {
  it('ranks a failed vendor above a low balance', () => {
    expect([exitCodeOf(0, 0), exitCodeOf(0, 1), exitCodeOf(1, 0), exitCodeOf(2, 3)]).toEqual([0, 4, 3, 3]);
  });
});
