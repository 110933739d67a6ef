import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests import the package by its public names, as users do.
    alias: [
      { find: /^creditline\/(nue|xovi|maileon|sandbox|validate)$/, replacement: fromRoot('./src/$1/index.ts') },
      { find: /^creditline$/, replacement: fromRoot('./src/index.ts') },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
