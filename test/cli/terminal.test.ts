// The command on a terminal (a pseudo-terminal from util-linux `script`): a progress line per
// vendor while it is asked and when it answered, colour only where the terminal has it and
// NO_COLOR is not set. On a pipe there is neither (credits-sandbox.test.ts).
import { describe, expect, it } from 'vitest';
import { refusedOrigin } from '../support/http-server.js';
import { CHILD_TIMEOUT_MS, creditlineOnTerminal, hasScript } from './run-creditline.js';

const ESCAPE = '\u001b[';
const plain = (text: string) => text.replace(new RegExp(`${ESCAPE.replace('[', '\\[')}\\d+m`, 'g'), '');

// Without `script` these tests are skipped on a developer's machine, but CI must run them.
describe.skipIf(!hasScript && !process.env.CI)('creditline credits on a terminal', { timeout: CHILD_TIMEOUT_MS }, () => {
  it('shows a progress line per vendor, then the table, in colour where the terminal has it; NO_COLOR or TERM=dumb turn colour off', async () => {
    const [colour, noColor, dumb] = await Promise.all([
      creditlineOnTerminal(['credits', '--sandbox'], { TERM: 'xterm-256color' }),
      creditlineOnTerminal(['credits', '--sandbox'], { TERM: 'xterm-256color', NO_COLOR: '1' }),
      creditlineOnTerminal(['credits', '--sandbox'], { TERM: 'dumb' }),
    ]);
    for (const run of [colour, noColor, dumb]) {
      expect(run.code).toBe(0);
      const lines = plain(run.output).split('\n');
      for (const [vendor, balances] of [
        ['nue', '2 balances'],
        ['xovi', '2 balances'],
        ['maileon', '1 balance'],
      ]) {
        expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${vendor}: asking 127\\.0\\.0\\.1:\\d+ …$`)));
        expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${vendor}: ${balances} in \\d+ ms$`)));
      }
      const table = lines.findIndex((line) => line.startsWith('VENDOR '));
      expect(lines.slice(0, table).filter((line) => line !== '')).toHaveLength(6); // the progress comes before the result
      expect(lines.slice(table + 1, table + 6).map((line) => line.split(' ')[0])).toEqual(['nue', 'nue', 'xovi', 'xovi', 'maileon']);
    }
    expect(colour.output).toContain(`${ESCAPE}1mVENDOR`);
    expect(noColor.output).not.toContain(ESCAPE);
    expect(dumb.output).not.toContain(ESCAPE);
  });

  it('marks a failed vendor in the progress, and a low balance, in red', async () => {
    const [low, failed] = await Promise.all([
      creditlineOnTerminal(['credits', '--sandbox', '--warn-below', '70%', '--vendor', 'nue'], { TERM: 'xterm-256color' }),
      creditlineOnTerminal(['credits'], { TERM: 'xterm-256color', XOVI_API_KEY: 'xovi-key', XOVI_BASE_URL: await refusedOrigin() }),
    ]);
    expect(low.code).toBe(4);
    expect(low.output).toContain(`${ESCAPE}31mnue   ${ESCAPE}39m`);
    expect(plain(low.output)).toContain(
      '\nlow      nue: customer 001Rk00001JT2i1YAA (Acme Analytics GmbH), API Calls 2025 has 7,999.5 available, below 70% (of 12,000 granted)\n',
    );
    expect(failed.code).toBe(3);
    expect(failed.output).toContain(`\nxovi: ${ESCAPE}31mfailed`);
    expect(plain(failed.output)).toMatch(/\nxovi: failed in \d+ ms\n/);
    expect(plain(failed.output)).toContain('\nNo balances could be read.\n');
  });
});
