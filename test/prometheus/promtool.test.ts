// Prometheus' own checks on what creditline ships and writes: the example scrape config and alert
// rules (`promtool check config`, `check rules`), the rules' unit tests on synthetic series
// (`promtool test rules`, which fail when a rule is changed), and the metrics of `credits --format
// openmetrics` and of `serve` in both formats (`promtool check metrics`, the linter).
import { execFile, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CHILD_TIMEOUT_MS, creditline } from '../cli/run-creditline.js';
import { serve } from '../metrics/serving.js';
import { hasBinary, PROMTOOL } from '../support/prometheus-tools.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const examples = path.join(repoRoot, 'examples/prometheus');
const folder = mkdtempSync(path.join(tmpdir(), 'creditline-promtool-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function promtool(args: string[], input?: string) {
  const run = spawnSync(PROMTOOL, args, { cwd: examples, input, encoding: 'utf8', timeout: CHILD_TIMEOUT_MS });
  return { code: run.status, output: `${run.stdout}${run.stderr}` };
}

describe.skipIf(!hasBinary(PROMTOOL))('promtool', { timeout: CHILD_TIMEOUT_MS }, () => {
  it('finds the example scrape config and its alert rules valid', () => {
    expect(promtool(['check', 'config', 'prometheus.yml'])).toEqual({
      code: 0,
      output:
        'Checking prometheus.yml\n  SUCCESS: 1 rule files found\n SUCCESS: prometheus.yml is valid prometheus config file syntax\n\nChecking creditline-rules.yml\n  SUCCESS: 4 rules found\n\n',
    });
    expect(promtool(['check', 'rules', 'creditline-rules.yml'])).toEqual({ code: 0, output: 'Checking creditline-rules.yml\n  SUCCESS: 4 rules found\n\n' });
  });

  it('passes the rules’ unit tests, which fail when a rule is changed', async () => {
    expect(promtool(['test', 'rules', 'creditline-rules.test.yml'])).toEqual({ code: 0, output: 'Unit Testing:  creditline-rules.test.yml\n  SUCCESS\n\n' });
    const rules = readFileSync(path.join(examples, 'creditline-rules.yml'), 'utf8');
    const changes: Array<[string, string, string]> = [
      ['for: 30m', 'for: 5m', 'CreditlineVendorDown'],
      ['7 * 86400', '86400', 'CreditlineCreditsRunOutSoon'],
      ['< 0.1 * creditline_credits_granted', '< 0.6 * creditline_credits_granted', 'CreditlineCreditsLow'],
      ['> 3 * 3600', '> 24 * 3600', 'CreditlineReadingOld'],
    ];
    const runs = changes.map(async ([from, to], index) => {
      expect(rules).toContain(from);
      const copy = path.join(folder, `changed-${index}`);
      mkdirSync(copy);
      cpSync(path.join(examples, 'creditline-rules.test.yml'), path.join(copy, 'creditline-rules.test.yml'));
      writeFileSync(path.join(copy, 'creditline-rules.yml'), rules.replace(from, to));
      return new Promise<{ code: number; stderr: string }>((resolve) =>
        execFile(PROMTOOL, ['test', 'rules', 'creditline-rules.test.yml'], { cwd: copy, timeout: CHILD_TIMEOUT_MS }, (error, _stdout, stderr) =>
          resolve({ code: typeof error?.code === 'number' ? error.code : 0, stderr }),
        ),
      );
    });
    const results = await Promise.all(runs);
    expect(results.map(({ code, stderr }, index) => ({ code, failed: stderr.includes(`FAILED:\n    alertname: ${changes[index]?.[2]},`) }))).toEqual(
      changes.map(() => ({ code: 1, failed: true })),
    );
  });

  it('lints the metrics of credits --format openmetrics and of serve, in both formats, finding nothing; it does find a fault', async () => {
    const credits = await creditline(['credits', '--sandbox', '--format', 'openmetrics']);
    expect(credits.code).toBe(0);
    expect(promtool(['check', 'metrics'], credits.stdout)).toEqual({ code: 0, output: '' });

    const serving = await serve(['--sandbox', '--listen', '127.0.0.1:0']);
    const deadline = Date.now() + CHILD_TIMEOUT_MS;
    while (!/maileon: read/.test(serving.log()) || !/nue: read/.test(serving.log()) || !/xovi: read/.test(serving.log())) {
      if (Date.now() > deadline) throw new Error(`serve read nothing: ${serving.log()}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    for (const accept of ['application/openmetrics-text;version=1.0.0', 'text/plain;version=0.0.4']) {
      const text = await (await fetch(`${serving.origin}/metrics`, { headers: { accept } })).text();
      expect(text).toContain('creditline_credits_available{');
      expect(promtool(['check', 'metrics'], text)).toEqual({ code: 0, output: '' });
    }
    expect((await serving.stop()).code).toBe(0);

    const faulty = promtool(['check', 'metrics'], '# HELP creditline_reads Reads.\n# TYPE creditline_reads counter\ncreditline_reads 3\n');
    expect(faulty).toEqual({ code: 3, output: 'creditline_reads counter metrics should have "_total" suffix\n' });
  });
});
