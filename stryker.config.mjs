// Mutation testing of src/ (npm run test:mutation). Incremental: reports/stryker-incremental.json
// is committed, so a run re-tests only the mutants whose code or tests changed since.
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: ['src/**/*.ts', '!src/**/index.ts'],
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  thresholds: { high: 90, low: 85, break: 85 },
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  concurrency: 2,
  // Added to a test run's own time before a mutant counts as hanging (e.g. a broken timeout); a hang is a kill.
  timeoutMS: 5_000,
  tempDirName: '.stryker-tmp',
  // Not copied into the sandbox: other runs' sandboxes, scratch and generated pages no test reads.
  ignorePatterns: ['/.stryker-tmp*', '/.tmp', '/docs', '/coverage', '/reports'],
};
