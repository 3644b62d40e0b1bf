/** E2E_PORT lets several checkouts run their browser flows at once on one machine. */
export const PORT = Number(process.env.E2E_PORT ?? 3123);
export const BASE_URL = `http://localhost:${PORT}`;

/** Created by the web server command before the server starts. */
export const ADMIN = { email: 'admin@e2e.test', password: 'admin-password-e2e', name: 'Morgan Admin' };

/** The fake Stripe API the app is pointed at during browser tests (started by playwright.config.ts). */
export const STRIPE_PORT = PORT + 10_000;
export const STRIPE = {
  apiBase: `http://127.0.0.1:${STRIPE_PORT}`,
  secretKey: 'sk_test_e2e',
  webhookSecret: 'whsec_e2e_secret',
  pricePro: 'price_pro_e2e',
  priceBusiness: 'price_business_e2e',
};

/** The fake Ollama the app's assistant talks to during browser tests; tests script it with POST /_fake/answers. */
export const OLLAMA_PORT = PORT + 10_001;
export const OLLAMA_URL = `http://127.0.0.1:${OLLAMA_PORT}`;
