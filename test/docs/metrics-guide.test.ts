// guides/metrics.md as a user follows it: its cron script, run as written against a XOVI on
// 127.0.0.1, writes creditline.prom whole (also when the vendor fails) and keeps the last file when
// creditline printed no metrics, leaving no temporary file; every creditline command of the guide
// is a valid command line. (Its PromQL runs in test/prometheus/prometheus-scrape.test.ts.)
import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/cli/args.js';
import { CHILD_TIMEOUT_MS } from '../cli/run-creditline.js';
import { sendJson, useServer } from '../support/http-server.js';
import { CREDIT_STATE_ANSWER } from '../support/xovi-credit-state.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const guide = readFileSync(path.join(repoRoot, 'guides/metrics.md'), 'utf8');
const blocks = [...guide.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].map((match) => ({ language: match[1] as string, code: match[2] as string }));
const folder = mkdtempSync(path.join(tmpdir(), 'creditline-guide-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The guide's cron script, with `creditline` on PATH running the sources, writing into `textfiles`. */
function runScript(textfiles: string, env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  const script = blocks.find(({ code }) => code.startsWith('#!/bin/sh\n# creditline-textfile:'))?.code;
  if (!script) throw new Error('the guide has no creditline-textfile script');
  const bin = path.join(folder, 'bin');
  mkdirSync(bin, { recursive: true });
  writeFileSync(path.join(bin, 'creditline'), `#!/bin/sh\nexec "${process.execPath}" --import tsx "${path.join(repoRoot, 'src/cli/main.ts')}" "$@"\n`);
  writeFileSync(path.join(bin, 'creditline-textfile'), script);
  for (const file of ['creditline', 'creditline-textfile']) chmodSync(path.join(bin, file), 0o755);
  const fullEnv = { PATH: `${bin}:${process.env.PATH ?? '/usr/bin:/bin'}`, HOME: process.env.HOME ?? '/tmp', TEXTFILE_DIR: textfiles, ...env };
  return new Promise((resolve, reject) =>
    execFile(
      path.join(bin, 'creditline-textfile'),
      [],
      { cwd: repoRoot, env: fullEnv, encoding: 'utf8', timeout: CHILD_TIMEOUT_MS },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') reject(error);
        else resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
      },
    ),
  );
}

describe('guides/metrics.md', { timeout: 2 * CHILD_TIMEOUT_MS }, () => {
  it('its cron script writes the metrics whole, also when a vendor fails, and keeps the last file when creditline printed none', async () => {
    const state = { down: false };
    const xovi = await useServer((_request, response) => sendJson(response, state.down ? 503 : 200, state.down ? { message: 'down' } : CREDIT_STATE_ANSWER));
    const textfiles = path.join(folder, 'textfiles');
    mkdirSync(textfiles);
    const env = { XOVI_API_KEY: 'xovi-guide-key-0042', XOVI_BASE_URL: xovi.origin };
    const prom = () => readFileSync(path.join(textfiles, 'creditline.prom'), 'utf8');

    const read = await runScript(textfiles, env);
    expect(read).toMatchObject({ code: 0, stdout: '' });
    expect(readdirSync(textfiles)).toEqual(['creditline.prom']);
    expect(prom()).toContain('\ncreditline_credits_available{vendor="xovi",account="XOVI account",name="",kind="credit"} 5280\n');
    expect(prom().endsWith('\n# EOF\n')).toBe(true);

    state.down = true;
    const failed = await runScript(textfiles, env);
    expect(failed.code).toBe(0);
    expect(failed.stderr).toMatch(/^failed {3}xovi: /);
    expect(prom()).toContain('\ncreditline_vendor_up{vendor="xovi"} 0\n');
    expect(prom()).not.toContain('creditline_credits_available{');
    const lastFile = prom();

    const misconfigured = await runScript(textfiles, { XOVI_API_KEY_FILE: path.join(folder, 'no-such-key') });
    expect(misconfigured.code).toBe(2);
    expect(misconfigured.stderr).toBe(`creditline: XOVI_API_KEY_FILE: cannot read ${path.join(folder, 'no-such-key')} (ENOENT)\nSee creditline --help.\n`);
    expect(readdirSync(textfiles)).toEqual(['creditline.prom']);
    expect(prom()).toBe(lastFile);
    expect(`${read.stderr}${failed.stderr}${prom()}`).not.toContain(env.XOVI_API_KEY);
  });

  it('every creditline command in its examples is a valid command line', () => {
    const commands = blocks
      .filter(({ language }) => language === 'sh' || language === 'ini')
      .flatMap(({ code }) => [...code.matchAll(/\bcreditline ((?:credits|serve)\b[^|>\n]*)/g)].map((match) => (match[1] as string).trim().split(/\s+/)));
    expect(commands.map((args) => args.slice(0, 2).join(' '))).toEqual([
      'credits --format',
      'serve --listen',
      'serve --listen',
      'serve --listen',
      'credits --sandbox',
    ]);
    for (const args of commands) expect(() => parseCommandLine(args), args.join(' ')).not.toThrow();
  });
});
