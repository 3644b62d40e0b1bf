import { defineConfig } from 'vitest/config';

/**
 * `npm run test:system`: tests that run the built server and the npm commands as separate processes (crash
 * safety under kill -9, scripts against the server's database, backups of a running server). Slower than
 * `npm test`, so apart from it. Two files at a time: the crash-safety file alone is over half of the run (20 kills
 * and restarts on each database), the others run beside it (CI: ~330 → ~265 s on 2 cores).
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
