import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';
import { ADMIN, BASE_URL, OLLAMA_PORT, OLLAMA_URL, PORT, STRIPE, STRIPE_PORT } from './env';

const here = path.dirname(fileURLToPath(import.meta.url));
// A fresh database per run. Set once in the runner and inherited by workers, so everyone agrees on it.
process.env.PWF_E2E_DATA_DIR ??= path.join(here, '.data', `run-${Date.now()}`);
const dataDir = process.env.PWF_E2E_DATA_DIR;

export default defineConfig({
  testDir: './tests',
  globalSetup: './global-setup.ts',
  // A long flow on a slow, shared 2-core host can take more than 30 s (seen: the billing flow, finished but late).
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } },
  ],
  webServer: [
    {
      // A fake Stripe API (a real HTTP server speaking Stripe's wire format): checkout redirects land on it.
      command: `npx tsx apps/server/src/test/fake-stripe-main.ts ${STRIPE_PORT}`,
      cwd: path.join(here, '..'),
      url: `${STRIPE.apiBase}/_fake/healthz`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // A fake Ollama (NDJSON /api/chat like the real one): the assistant's model, scripted by the tests.
      command: `npx tsx apps/server/src/test/fake-ollama-main.ts ${OLLAMA_PORT}`,
      cwd: path.join(here, '..'),
      url: `${OLLAMA_URL}/_fake/healthz`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // An admin is created first (the server must own the data dir alone, so not while it runs); then the
      // app starts exactly as `npm start` does, building what is missing or stale.
      command: [
        `npm run admin:create -- --email ${ADMIN.email} --password ${ADMIN.password} --name "${ADMIN.name}"`,
        'node scripts/start.mjs',
      ].join(' && '),
      cwd: path.join(here, '..'),
      url: `${BASE_URL}/healthz`,
      reuseExistingServer: false,
      // Creating the admin and starting on a fresh PGlite can take minutes on a loaded 2-core machine.
      timeout: 420_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        PORT: String(PORT),
        BASE_URL,
        DATA_DIR: dataDir,
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        // Every test signs in; the default limit (10 a minute) is for people, not for a test run.
        AUTH_RATE_LIMIT: '1000',
        STRIPE_SECRET_KEY: STRIPE.secretKey,
        STRIPE_WEBHOOK_SECRET: STRIPE.webhookSecret,
        STRIPE_PRICE_PRO: STRIPE.pricePro,
        STRIPE_PRICE_BUSINESS: STRIPE.priceBusiness,
        STRIPE_API_BASE: STRIPE.apiBase,
        AI_PROVIDER: 'ollama',
        OLLAMA_BASE_URL: OLLAMA_URL,
      },
    },
  ],
});
