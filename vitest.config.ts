import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['server/**/*.test.ts', 'e2e/**/*.test.ts', 'bench/**/*.test.ts'],
    globalSetup: ['server/test/global-setup.ts'],
    // Each file gets its own database; files run in parallel on the machine's two cores.
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
});
