// The readings as metrics, written by prom-client's registry (the format's own library does the
// escaping, the HELP and TYPE lines and OpenMetrics' closing `# EOF`). Names follow Prometheus'
// conventions: the `creditline_` prefix, base units (seconds), `_timestamp_seconds` for a point in
// time, `_info` with the value 1 for labels that describe the build. A value a vendor does not say
// is left out rather than written as 0, which would read as "nothing granted" or "nothing used".
// prom-client is loaded with this module only: `creditline --help` and the table never load it.
import { Gauge, Registry, type RegistryContentType } from 'prom-client';
import { CREDIT_VENDORS } from '../balances/credit-balance.js';
import type { Redactor } from '../core/redaction/redactor.js';
import { creditSeries } from './credit-labels.js';
import type { VendorReadings } from './vendor-readings.js';

/** `prometheus`: the text format 0.0.4 (node_exporter's textfile collector, curl); `openmetrics`: OpenMetrics 1.0 text. */
export type ExpositionFormat = 'prometheus' | 'openmetrics';

export const CONTENT_TYPES: Record<ExpositionFormat, RegistryContentType> = {
  prometheus: Registry.PROMETHEUS_CONTENT_TYPE,
  openmetrics: Registry.OPENMETRICS_CONTENT_TYPE,
};

export interface RenderOptions {
  format: ExpositionFormat;
  /** creditline's version, for creditline_build_info. */
  version: string;
  /** Masks the credentials read in every label value. */
  redactor: Redactor;
}

const CREDIT_LABEL_NAMES = ['vendor', 'account', 'name', 'kind'];

export function renderCreditMetrics(readings: VendorReadings, { format, version, redactor }: RenderOptions): Promise<string> {
  const registry = new Registry<RegistryContentType>();
  registry.setContentType(CONTENT_TYPES[format]);
  const gauge = (name: string, help: string, labelNames: string[]) => new Gauge({ name, help, labelNames, registers: [registry] });

  gauge('creditline_build_info', 'The version of creditline that wrote these metrics; always 1.', ['version']).set({ version }, 1);
  const up = gauge('creditline_vendor_up', "1 when the vendor's latest read succeeded, 0 when it failed.", ['vendor']);
  const stale = gauge('creditline_vendor_stale', "1 when the vendor's latest read failed and its credits are those of an earlier read.", ['vendor']);
  const duration = gauge('creditline_read_duration_seconds', "How long the vendor's latest read took.", ['vendor']);
  const readAt = gauge('creditline_last_read_timestamp_seconds', "When the vendor's credits were read, in seconds since the epoch.", ['vendor']);
  const warnings = gauge('creditline_read_warnings', "Partial-success warnings of the read the vendor's credits come from.", ['vendor']);
  const available = gauge('creditline_credits_available', 'Credits (kind="credit") or quota (kind="quota") that can still be used.', CREDIT_LABEL_NAMES);
  const used = gauge('creditline_credits_used', 'Credits or quota used (in the current period, where the vendor has periods).', CREDIT_LABEL_NAMES);
  const granted = gauge('creditline_credits_granted', 'Credits or quota granted in all: available, used and expired.', CREDIT_LABEL_NAMES);

  for (const vendor of CREDIT_VENDORS) {
    const reading = readings[vendor];
    if (!reading) continue;
    up.set({ vendor }, reading.up ? 1 : 0);
    stale.set({ vendor }, reading.stale ? 1 : 0);
    duration.set({ vendor }, reading.durationSeconds);
    warnings.set({ vendor }, reading.warnings);
    if (reading.readAt !== undefined) readAt.set({ vendor }, reading.readAt / 1000);
    for (const { labels, balance } of creditSeries(reading.balances, redactor)) {
      available.set({ ...labels }, balance.available);
      if (balance.used !== undefined) used.set({ ...labels }, balance.used);
      if (balance.granted !== undefined) granted.set({ ...labels }, balance.granted);
    }
  }
  return registry.metrics();
}
