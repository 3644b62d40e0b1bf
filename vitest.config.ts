import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Process-level tests (built server, npm commands) run apart: npm run test:system.
    exclude: ['**/node_modules/**', '**/*.system.test.ts'],
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: one on a 2-core machine, where most of a file's time
    // waits on its database. Two at least.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['packages/*/src/**/*.test.ts', 'apps/server/src/**/*.test.ts'],
          // The server's modules are loaded once per worker, not once per file (loading them was two fifths of
          // a run's time). Each file still gets its own app and database; nothing is mocked at module level.
          isolate: false,
          globalSetup: ['apps/server/src/test/global-setup.ts'],
        },
      },
      {
        // The web app's modules run in a browser: components and hooks are tested in jsdom.
        extends: true,
        test: {
          name: 'web',
          include: ['apps/web/src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['apps/web/src/test/setup.ts'],
        },
      },
    ],
  },
});
