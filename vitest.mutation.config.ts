// The tests that exercise src/ behaviour, for mutation testing (stryker.config.mjs). Left out:
// the spec, docs, package and README checks (no mutant of src/ can change what they check) and
// the one test whose point is a child process exiting by itself. Stryker switches a mutant on in
// this process only, so the `creditline` command runs in-process here (CREDITLINE_CLI_IN_PROCESS,
// test/cli/run-creditline.ts). Property tests run fewer cases (CREDITLINE_PROPERTY_RUNS): a mutant
// they catch fails within the first cases, and every mutant runs them again. The modules the command
// loads lazily are loaded before the tests (test/support/load-lazy-modules.ts), so that their top-level
// code is static to Stryker like the rest of src/.
import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['test/{core,xovi,maileon,nue-client,balances,faults,cli,sandbox,validate,metrics}/**/*.test.ts'],
    exclude: ['test/faults/exits-by-itself.test.ts'],
    env: { CREDITLINE_PROPERTY_RUNS: '100', CREDITLINE_CLI_IN_PROCESS: '1' },
    setupFiles: ['test/support/load-lazy-modules.ts'],
  },
});
