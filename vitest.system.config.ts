import { defineConfig } from 'vitest/config';

/**
 * `npm run test:system`: tests that run the built server and the npm commands as separate processes (crash
 * safety under kill -9, scripts against the server's database, backups of a running server). Slower than
 * `npm test`, so apart from it. Two files at a time: the crash-safety file (20 kills and restarts on each database,
 * the two databases at once) is the longest, the others run beside it.
 */
export default defineConfig({
  test: {
    include: ['apps/server/src/**/*.system.test.ts'],
    globalSetup: ['apps/server/src/test/system-setup.ts'],
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 900_000,
    hookTimeout: 120_000,
  },
});
