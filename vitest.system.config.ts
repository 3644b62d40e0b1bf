import { defineConfig } from 'vitest/config';

/**
 * `npm run test:system`: tests that run the built server and the npm commands as separate processes (crash
 * safety under kill -9, scripts against the server's database, backups of a running server). Slower than
 * `npm test`, so apart from it; one file at a time, since each runs servers of its own.
 */
export default defineConfig({
  test: {
    include: ['apps/server/src/**/*.system.test.ts'],
    globalSetup: ['apps/server/src/test/system-setup.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 900_000,
    hookTimeout: 120_000,
  },
});
