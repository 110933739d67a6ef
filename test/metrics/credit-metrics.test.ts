// The metrics of a reading as prom-client writes them: every family, the labels of each balance,
// what a vendor does not say left out, a failed vendor's last good values kept and marked stale,
// label values masked (credentials in every encoding, e-mail addresses) and made unique.
import { describe, expect, it } from 'vitest';
import type { CreditBalance } from '../../src/balances/credit-balance.js';
import type { CreditBalanceReport } from '../../src/balances/read-credit-balances.js';
import { base64Utf8 } from '../../src/core/base64.js';
import { Redactor } from '../../src/core/redaction/redactor.js';
import { creditSeries } from '../../src/metrics/credit-labels.js';
import { CONTENT_TYPES, renderCreditMetrics } from '../../src/metrics/credit-metrics.js';
import { type VendorReadings, withVendorPart } from '../../src/metrics/vendor-readings.js';

const SECRET = 'vendor-key-9f3a1c77';
/** A password whose URL and Base64 forms differ from it. */
const PASSWORD = 'pass w/rd+9f3a1c77';

function balance(overrides: Partial<CreditBalance>): CreditBalance {
  return {
    vendor: 'nue',
    kind: 'credit',
    account: 'customer c-1',
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

function part(balances: CreditBalance[], failures: unknown[] = [], warnings = 0): CreditBalanceReport {
  return {
    balances,
    failures: failures.map((error) => ({ vendor: balances[0]?.vendor ?? 'nue', error })),
    warnings: Array.from({ length: warnings }, () => ({ vendor: 'nue' as const, code: 'partial' })),
  };
}

const T0 = Date.UTC(2026, 11, 1, 12, 0, 0);
const render = (readings: VendorReadings, format: 'prometheus' | 'openmetrics' = 'prometheus', redactor = new Redactor()) =>
  renderCreditMetrics(readings, { format, version: '1.2.3', redactor });

describe('renderCreditMetrics', () => {
  it('writes every family in the text format 0.0.4, each balance with its labels, in the order of the vendors', async () => {
    let readings: VendorReadings = {};
    readings = withVendorPart(
      readings,
      'maileon',
      part([balance({ vendor: 'maileon', account: 'newsletter account 7', name: 'Spring (contingent 3)', available: 90, used: 10, granted: 100 })]),
      12.4,
      T0 + 500,
    );
    readings = withVendorPart(
      readings,
      'nue',
      part([balance({ name: 'API Calls', available: 7999.5, used: 4250.5, granted: 12000 }), balance({ name: 'Seats', kind: 'quota', available: 3 })], [], 1),
      1234.56,
      T0,
    );
    expect(await render(readings)).toBe(`# HELP creditline_build_info The version of creditline that wrote these metrics; always 1.
# TYPE creditline_build_info gauge
creditline_build_info{version="1.2.3"} 1

# HELP creditline_vendor_up 1 when the vendor's latest read succeeded, 0 when it failed.
# TYPE creditline_vendor_up gauge
creditline_vendor_up{vendor="nue"} 1
creditline_vendor_up{vendor="maileon"} 1

# HELP creditline_vendor_stale 1 when the vendor's latest read failed and its credits are those of an earlier read.
# TYPE creditline_vendor_stale gauge
creditline_vendor_stale{vendor="nue"} 0
creditline_vendor_stale{vendor="maileon"} 0

# HELP creditline_read_duration_seconds How long the vendor's latest read took.
# TYPE creditline_read_duration_seconds gauge
creditline_read_duration_seconds{vendor="nue"} 1.235
creditline_read_duration_seconds{vendor="maileon"} 0.012

# HELP creditline_last_read_timestamp_seconds When the vendor's credits were read, in seconds since the epoch.
# TYPE creditline_last_read_timestamp_seconds gauge
creditline_last_read_timestamp_seconds{vendor="nue"} 1796126400
creditline_last_read_timestamp_seconds{vendor="maileon"} 1796126400.5

# HELP creditline_read_warnings Partial-success warnings of the read the vendor's credits come from.
# TYPE creditline_read_warnings gauge
creditline_read_warnings{vendor="nue"} 1
creditline_read_warnings{vendor="maileon"} 0

# HELP creditline_credits_available Credits (kind="credit") or quota (kind="quota") that can still be used.
# TYPE creditline_credits_available gauge
creditline_credits_available{vendor="nue",account="customer c-1",name="API Calls",kind="credit"} 7999.5
creditline_credits_available{vendor="nue",account="customer c-1",name="Seats",kind="quota"} 3
creditline_credits_available{vendor="maileon",account="newsletter account 7",name="Spring (contingent 3)",kind="credit"} 90

# HELP creditline_credits_used Credits or quota used (in the current period, where the vendor has periods).
# TYPE creditline_credits_used gauge
creditline_credits_used{vendor="nue",account="customer c-1",name="API Calls",kind="credit"} 4250.5
creditline_credits_used{vendor="maileon",account="newsletter account 7",name="Spring (contingent 3)",kind="credit"} 10

# HELP creditline_credits_granted Credits or quota granted in all: available, used and expired.
# TYPE creditline_credits_granted gauge
creditline_credits_granted{vendor="nue",account="customer c-1",name="API Calls",kind="credit"} 12000
creditline_credits_granted{vendor="maileon",account="newsletter account 7",name="Spring (contingent 3)",kind="credit"} 100
`);
  });

  it('writes OpenMetrics when asked: the same samples, no blank lines, closed by # EOF', async () => {
    const readings = withVendorPart({}, 'xovi', part([balance({ vendor: 'xovi', account: 'XOVI account', available: 5280 })]), 20, T0);
    const text = await render(readings, 'openmetrics');
    expect(text.endsWith('\n# EOF\n')).toBe(true);
    expect(text).not.toContain('\n\n');
    expect(text).toContain('\ncreditline_credits_available{vendor="xovi",account="XOVI account",name="",kind="credit"} 5280\n');
    const samples = (body: string) => body.split('\n').filter((line) => line && !line.startsWith('#'));
    expect(samples(text)).toEqual(samples(await render(readings)));
    expect(CONTENT_TYPES).toEqual({
      prometheus: 'text/plain; version=0.0.4; charset=utf-8',
      openmetrics: 'application/openmetrics-text; version=1.0.0; charset=utf-8',
    });
  });

  it('writes only the build before any vendor was read, and nothing of a vendor never read', async () => {
    const samples = (await render({})).split('\n').filter((line) => line && !line.startsWith('#'));
    expect(samples).toEqual(['creditline_build_info{version="1.2.3"} 1']);
  });

  it('keeps a failed vendor down with no credits and no read time when it was never read well', async () => {
    const readings = withVendorPart({}, 'xovi', { balances: [], failures: [{ vendor: 'xovi', error: new Error('503') }], warnings: [] }, 3000, T0);
    const samples = (await render(readings)).split('\n').filter((line) => line.includes('xovi'));
    expect(samples).toEqual([
      'creditline_vendor_up{vendor="xovi"} 0',
      'creditline_vendor_stale{vendor="xovi"} 0',
      'creditline_read_duration_seconds{vendor="xovi"} 3',
      'creditline_read_warnings{vendor="xovi"} 0',
    ]);
  });
});

describe('withVendorPart', () => {
  const good = part([balance({ name: 'A', available: 5 })], [], 2);
  const failed: CreditBalanceReport = { balances: [], failures: [{ vendor: 'nue', error: new Error('down') }], warnings: [] };

  it('takes a good read whole: up, its balances and warnings, read now, not stale', () => {
    expect(withVendorPart({}, 'nue', good, 1500.4, T0)).toEqual({
      nue: { up: true, durationSeconds: 1.5, balances: good.balances, warnings: 2, readAt: T0, stale: false },
    });
  });

  it('keeps the values of the last good read through failures, marked stale, with the failed read’s duration', () => {
    const first = withVendorPart({}, 'nue', good, 100, T0);
    const second = withVendorPart(first, 'nue', failed, 2000, T0 + 60_000);
    const third = withVendorPart(second, 'nue', failed, 3000, T0 + 120_000);
    expect(third.nue).toEqual({ up: false, durationSeconds: 3, balances: good.balances, warnings: 2, readAt: T0, stale: true });
    expect(withVendorPart(third, 'nue', good, 100, T0 + 180_000).nue).toEqual({
      up: true,
      durationSeconds: 0.1,
      balances: good.balances,
      warnings: 2,
      readAt: T0 + 180_000,
      stale: false,
    });
  });

  it('serves the balances a failed read still brought (part of the accounts), as read now and not stale', () => {
    const first = withVendorPart({}, 'nue', good, 100, T0);
    const partial = part([balance({ name: 'B', available: 1 })], [new Error('one account failed')]);
    expect(withVendorPart(first, 'nue', partial, 100, T0 + 1000).nue).toEqual({
      up: false,
      durationSeconds: 0.1,
      balances: partial.balances,
      warnings: 0,
      readAt: T0 + 1000,
      stale: false,
    });
  });

  it('marks nothing stale while no read was good, and leaves the other vendors as they were', () => {
    const xovi = withVendorPart({}, 'xovi', part([balance({ vendor: 'xovi' })]), 10, T0);
    const readings = withVendorPart(withVendorPart(xovi, 'nue', failed, 10, T0), 'nue', failed, 20, T0 + 1);
    expect(readings.nue).toEqual({ up: false, durationSeconds: 0.02, balances: [], warnings: 0, readAt: undefined, stale: false });
    expect(readings.xovi).toBe(xovi.xovi);
  });
});

describe('the labels of the credit series', () => {
  it('mask every credential read, in each encoding it travels in, and e-mail addresses', async () => {
    const redactor = new Redactor([SECRET, PASSWORD]);
    const names = [
      `key ${SECRET}`,
      `url ${encodeURIComponent(PASSWORD)}/x`,
      `basic ${base64Utf8(PASSWORD)}`,
      'owner max.mustermann@example.com, ops',
      '<Jane.Doe+credits@mail.example.org>',
    ];
    const balances = names.map((name) => balance({ vendor: 'maileon', account: `account of ${SECRET}`, name }));
    const labels = creditSeries(balances, redactor).map(({ labels }) => labels);
    expect(labels.map((label) => label.name)).toEqual(['key ***', 'url ***/x', 'basic ***', 'owner ***, ops', '<***>']);
    expect(new Set(labels.map((label) => label.account))).toEqual(new Set(['account of ***']));
    const text = await render(withVendorPart({}, 'maileon', part(balances), 1, T0), 'openmetrics', redactor);
    for (const form of [SECRET, PASSWORD, encodeURIComponent(PASSWORD), base64Utf8(PASSWORD), 'max.mustermann', 'Jane.Doe']) expect(text).not.toContain(form);
  });

  it('number the names of balances whose labels would be the same, never taking a name that is there', () => {
    const balances = [
      balance({ name: 'Pool' }),
      balance({ name: 'Pool' }),
      balance({ name: 'Pool (2)' }),
      balance({ name: 'Pool', kind: 'quota' }),
      balance({ name: 'Pool', account: 'customer c-2' }),
      balance({ name: 'Pool' }),
    ];
    expect(creditSeries(balances, new Redactor()).map(({ labels, balance }) => [labels.account, labels.name, labels.kind, balance])).toEqual([
      ['customer c-1', 'Pool', 'credit', balances[0]],
      ['customer c-1', 'Pool (2)', 'credit', balances[1]],
      ['customer c-1', 'Pool (2) (2)', 'credit', balances[2]],
      ['customer c-1', 'Pool', 'quota', balances[3]],
      ['customer c-2', 'Pool', 'credit', balances[4]],
      ['customer c-1', 'Pool (3)', 'credit', balances[5]],
    ]);
  });

  it('leave the name empty for a vendor’s single balance and keep vendor and kind as they are', () => {
    expect(creditSeries([balance({ vendor: 'xovi', account: 'XOVI account', kind: 'quota' })], new Redactor())[0]?.labels).toEqual({
      vendor: 'xovi',
      account: 'XOVI account',
      name: '',
      kind: 'quota',
    });
  });
});
