// `creditline drift`: the reports a validated client collected, summarised by the command as a
// user runs it — with a checkout's spec/ folder, and from the bundled specs alone; and files that
// are not what it reads: a file with lines but no report in it is a usage error, not "no edits",
// and a line that is not a report among reports is named, never silently dropped.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDriftCollector, withValidation } from 'creditline/validate';
import { describe, expect, it, onTestFinished } from 'vitest';
import { repoRoot } from '../../scripts/repo-root.js';
import { CUSTOMER, clients, useDriftingApis } from '../validate/drifting-apis.js';
import { CHILD_TIMEOUT_MS, creditline } from './run-creditline.js';

function writeFile(name: string, text: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'creditline-drift-'));
  onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
  const file = path.join(folder, name);
  writeFileSync(file, text);
  return file;
}

async function reportsFile(): Promise<string> {
  const server = await useDriftingApis();
  const collector = createDriftCollector();
  const { nue } = clients(server);
  withValidation(nue, 'nue', { responses: 'report', onDrift: collector.onDrift });
  await nue.listAccountCreditPools({ customerId: CUSTOMER }).toArray({ max: 10 });
  return writeFile('drift.jsonl', collector.toJsonLines());
}

describe('creditline drift', { timeout: CHILD_TIMEOUT_MS }, () => {
  it('names the spec file and property to change, with --spec, as text and as JSON', async () => {
    const file = await reportsFile();
    const [text, json] = await Promise.all([
      creditline(['drift', file, '--spec', path.join(repoRoot, 'spec')]),
      creditline(['drift', file, '--json', '--spec', path.join(repoRoot, 'spec')]),
    ]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('spec/nue/components/schemas/revenue-manager/AccountCreditPool.yaml');
    expect(json.code).toBe(0);
    const summary = JSON.parse(json.stdout) as { edits: Array<{ file: string; property: string; source: string }> };
    expect(summary.edits[0]).toMatchObject({
      file: 'spec/nue/components/schemas/revenue-manager/AccountCreditPool.yaml',
      property: 'balance',
      source: 'inferred',
    });
  });

  it('without a spec folder, names the place in the bundled spec; a missing file is a usage error', async () => {
    const file = await reportsFile();
    const bundled = await creditline(['drift', file, '--json']);
    expect(bundled.code).toBe(0);
    expect((JSON.parse(bundled.stdout) as { edits: Array<{ file: string }> }).edits[0]?.file).toBe('openapi/nue.json');
    const missing = await creditline(['drift', path.join(path.dirname(file), 'nope.jsonl')]);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toContain('cannot read');
    expect(await creditline(['drift'])).toMatchObject({ code: 2 });
  });

  it('a file with lines but no report in it is a usage error naming the file and its first bad line, in --json too', async () => {
    const report = readFileSync(await reportsFile(), 'utf8').split('\n')[0]!;
    const cases = [
      ['garbage.jsonl', '\nAuthorization: Bearer VALUE-token-1\nnor this\n', 2, 'not JSON'],
      ['cut-off.jsonl', report.slice(0, 40), 1, 'not JSON'],
      ['other.jsonl', '{"api":"VALUE-api"}\n[1,2]\n', 1, 'JSON but not a drift report: `method` is missing or not a string'],
      ['log.jsonl', '42\n', 1, 'JSON but not a drift report: a number, not an object'],
    ] as const;
    const runs = await Promise.all(
      cases.map(async ([name, text, line, problem]) => {
        const file = writeFile(name, text);
        const [plain, json] = await Promise.all([creditline(['drift', file]), creditline(['drift', file, '--json'])]);
        return { name, file, line, problem, plain, json };
      }),
    );
    for (const { name, file, line, problem, plain, json } of runs) {
      const message = `${file} holds no drift report: line ${line} is ${problem}`;
      expect(plain, name).toEqual({ code: 2, stdout: '', stderr: `creditline: ${message}\nSee creditline --help.\n` });
      expect(json.code, name).toBe(2);
      expect(JSON.parse(json.stdout), name).toEqual({ error: { name: 'DriftInputError', message, file, line, problem } });
      // Nothing of the line itself, which may be anything, is repeated.
      expect(plain.stderr + json.stdout).not.toContain('VALUE');
    }
  });

  it('an empty file is nothing drifted; a wrong or missing file among good ones is still an error', async () => {
    const empty = writeFile('empty.jsonl', '');
    const blank = writeFile('blank.jsonl', '\n  \n');
    const garbage = writeFile('garbage.jsonl', 'not a report\n');
    const missing = path.join(path.dirname(garbage), 'missing.jsonl');
    const good = await reportsFile();
    const [nothing, mixed, gone] = await Promise.all([
      creditline(['drift', empty, blank]),
      creditline(['drift', good, garbage]),
      creditline(['drift', good, missing, '--json']),
    ]);
    expect(nothing).toEqual({ code: 0, stdout: 'No spec edits: 0 reports read.\n', stderr: '' });
    expect(mixed).toMatchObject({ code: 2, stdout: '' });
    expect(mixed.stderr).toContain(`${garbage} holds no drift report: line 1 is not JSON`);
    expect(gone.code).toBe(2);
    expect(JSON.parse(gone.stdout)).toEqual({
      error: { name: 'DriftInputError', message: `cannot read ${missing}: ENOENT`, file: missing, line: null, problem: 'ENOENT' },
    });
  });

  it('reports among other lines: summarised, and each other line named with its problem, on stderr and in the output', async () => {
    const lines = readFileSync(await reportsFile(), 'utf8');
    const file = writeFile('mixed.jsonl', `${lines}not a report\n\n{"api":"nue"}\n${lines.slice(0, 30)}`);
    const count = lines.split('\n').length;
    const bad = [count, count + 2, count + 3];
    const [plain, json] = await Promise.all([creditline(['drift', file]), creditline(['drift', file, '--json'])]);
    const warning = `creditline: warning: 3 lines are not drift reports and were left out: ${bad.map((line) => `${file}:${line}`).join(', ')}\n`;
    expect(plain).toMatchObject({ code: 0, stderr: warning });
    expect(plain.stdout).toMatch(/^1 proposed spec edit from 1 report/);
    expect(plain.stdout).toContain(
      `Lines that are not reports, left out: ${file}:${bad[0]} (not JSON), ${file}:${bad[1]} (JSON but not a drift report: \`method\` is missing or not a string), ${file}:${bad[2]} (not JSON).`,
    );
    expect(json).toMatchObject({ code: 0, stderr: warning });
    expect((JSON.parse(json.stdout) as { skipped: unknown }).skipped).toEqual([
      { file, line: bad[0], problem: 'not JSON' },
      { file, line: bad[1], problem: 'JSON but not a drift report: `method` is missing or not a string' },
      { file, line: bad[2], problem: 'not JSON' },
    ]);
  });
});
