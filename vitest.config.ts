import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Process-level tests (built server, npm commands) run apart: npm run test:system.
    exclude: ['**/node_modules/**', '**/*.system.test.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['packages/*/src/**/*.test.ts', 'apps/server/src/**/*.test.ts'],
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
