// The command line itself as a process: --help (pinned by a snapshot), --version, and usage
// errors, which exit 2 before anything is asked (the rest of them: run-cli.test.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHILD_TIMEOUT_MS, creditline } from './run-creditline.js';

const SECRET = 'pasted-secret-5b7c9d';

describe('creditline', { timeout: CHILD_TIMEOUT_MS }, () => {
  it('--help prints the whole help (pinned), on stdout, exit 0; so do -h and `credits --help`', async () => {
    const runs = await Promise.all([creditline(['--help']), creditline(['credits', '-h'])]);
    for (const run of runs) expect(run.code).toBe(0);
    expect(runs[1]?.stdout).toBe(runs[0]?.stdout);
    await expect(runs[0]?.stdout).toMatchFileSnapshot('./__snapshots__/creditline-help.txt');
  });

  it('--version prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(await creditline(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('exits 2 for a usage error, with the message on stderr, asking nothing and quoting no credential or stray argument', async () => {
    const runs = await Promise.all([
      creditline(['credits', `--nue-api-key=${SECRET}`]),
      creditline(['credits', SECRET]),
      creditline(['credits'], { NUE_PASSWORD: SECRET }),
    ]);
    expect(runs).toEqual([
      { code: 2, stdout: '', stderr: "creditline: Unknown option '--nue-api-key' (credentials come only from the environment)\nSee creditline --help.\n" },
      { code: 2, stdout: '', stderr: 'creditline: creditline credits takes no arguments, got 1\nSee creditline --help.\n' },
      { code: 2, stdout: '', stderr: 'creditline: nue is set up only in part: NUE_USERNAME not set\nSee creditline --help.\n' },
    ]);
  });
});
