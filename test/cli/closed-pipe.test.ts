// `creditline credits | head -1`: a reader that stops reading early is no failure of the
// command's (src/cli/main.ts ignores EPIPE on stdout); it ends as it does on an open pipe, with
// the same exit code and the same stderr. Needs a real child process: skipped in the mutation
// run, which runs the command in-process.
import { describe, expect, it } from 'vitest';
import { CHILD_TIMEOUT_MS, creditline, creditlineIntoClosedPipe, inProcess } from './run-creditline.js';

describe('creditline into a closed pipe', { timeout: CHILD_TIMEOUT_MS }, () => {
  it.skipIf(inProcess)('ends as on an open pipe, with no error, when the reader is gone before it writes', async () => {
    for (const args of [
      ['credits', '--sandbox'],
      ['credits', '--sandbox', '--json'],
    ]) {
      const [open, closed] = await Promise.all([creditline(args), creditlineIntoClosedPipe(args)]);
      expect(open.stdout).not.toBe('');
      expect(closed).toEqual({ code: open.code, stderr: open.stderr });
    }
  });
});
