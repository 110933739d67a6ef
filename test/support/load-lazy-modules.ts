// A setup file of the mutation run only (vitest.mutation.config.ts): loads, before any test, the
// modules the `creditline` command imports when a command runs. Their top-level code (tables,
// regular expressions) then runs outside every test, as the rest of src/ does, so Stryker counts a
// mutant there as static (and leaves it out, `ignoreStatic`) instead of testing it with only the
// CLI tests that happened to load the module first, which do not look at it.
await import('../../src/cli/credits-command.js');
await import('../../src/cli/drift-command.js');
await import('../../src/cli/serve-command.js');
await import('../../src/metrics/credit-metrics.js');
