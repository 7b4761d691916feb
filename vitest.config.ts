import { defineConfig } from 'vitest/config';

/**
 * Two groups on one real PostgreSQL (server/test/global-setup.ts), each test file with a database of its own.
 * Files share their worker's imported modules (isolate: false): importing the whole server anew for each
 * file cost more than the tests themselves. The server and bench files wait mostly on PostgreSQL, so two run
 * at once even on two cores. The browser files come after them, one at a time: each drives Chromium against
 * a server of its own, and a page starved of CPU by a neighbour is what made them flaky.
 */
export default defineConfig({
  test: {
    globalSetup: ['server/test/global-setup.ts'],
    pool: 'forks',
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'server',
          include: ['server/**/*.test.ts', 'bench/**/*.test.ts'],
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['e2e/**/*.test.ts'],
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
