/** E2E_PORT lets several checkouts run their browser flows at once on one machine. */
export const PORT = Number(process.env.E2E_PORT ?? 3123);
export const BASE_URL = `http://localhost:${PORT}`;

/** Created by the web server command before the server starts. */
export const ADMIN = { email: 'admin@e2e.test', password: 'admin-password-e2e', name: 'Morgan Admin' };
