// The tests that exercise src/ behaviour, for mutation testing (stryker.config.mjs): the spec,
// docs and README checks are left out, since no mutant of src/ can change what they check.
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

export default mergeConfig(
  base,
  defineConfig({
    test: {
      include: ['test/{core,xovi,maileon,nue-client,balances,faults}/**/*.test.ts'],
      exclude: ['test/faults/exits-by-itself.test.ts'],
      globalSetup: [],
    },
  }),
);
