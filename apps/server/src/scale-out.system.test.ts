import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type FakeStripe, startFakeStripe } from './test/fake-stripe';
import { apiClient, sessionCookie } from './test/http-api';
import { createTestDatabase } from './test/postgres';
import { halfSentRequest } from './test/raw-http';
import { type ServerProcess, startServer, stopServer, until, untilRefused } from './test/server-process';
import { billingEnv, signedEvent } from './test/stripe-events';

const postgresUrl = process.env.TEST_DATABASE_URL;
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** A new empty database on the test server, dropped after the file's tests. */
async function emptyDatabase(url: string): Promise<string> {
  const scratch = await createTestDatabase(url);
  cleanups.push(scratch.drop);
  return scratch.url;
}

/** Two separate servers (as on two machines) on one database, with billing against one fake Stripe. */
async function twoServers(
  extra: Record<string, string> = {},
): Promise<[ServerProcess, ServerProcess, FakeStripe]> {
  const stripe = await startFakeStripe();
  cleanups.push(() => stripe.close());
  const env = {
    DATABASE_URL: await emptyDatabase(postgresUrl ?? ''),
    AUTH_RATE_LIMIT: '4',
    ...billingEnv(stripe.url),
    ...extra,
  };
  const start = async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'pwf-scale-out-'));
    cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
    const server = await startServer({ ...env, DATA_DIR: dataDir });
    cleanups.push(() => stopServer(server));
    return server;
  };
  // The first migrates and imports the catalog; the second finds both done.
  const a = await start();
  const b = await start();
  return [a, b, stripe];
}

const PASSWORD = 'two servers password';
const json = { 'content-type': 'application/json', connection: 'close' };

async function wrongSignIn(server: ServerProcess): Promise<number> {
  const response = await fetch(`${server.baseUrl}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { ...json, origin: server.baseUrl },
    body: JSON.stringify({ email: 'two@example.com', password: 'not the password' }),
  });
  await response.text();
  return response.status;
}

describe.skipIf(!postgresUrl)(
  'two server processes on one PostgreSQL (two machines behind a load balancer)',
  () => {
    it('share sessions, rate limits and webhook idempotency; a SIGTERM drains one while the other serves', async () => {
      const [a, b] = await twoServers({ SHUTDOWN_DRAIN_SECONDS: '1.5' });

      // A session made on one server is good on the other, and a sign-out on either ends it on both.
      const cookie = await sessionCookie(a.baseUrl, 'two@example.com', PASSWORD);
      const onAWithSame = apiClient(a.baseUrl, { cookie });
      expect((await onAWithSame('GET', '/api/v1/me')).status).toBe(200);
      const onB = apiClient(b.baseUrl, { cookie });
      expect((await onB('GET', '/api/v1/me')).status).toBe(200);
      expect((await apiClient(b.baseUrl)('GET', '/api/v1/me')).status).toBe(401);
      expect((await onB('POST', '/api/auth/sign-out', {})).status).toBe(200);
      expect((await onAWithSame('GET', '/api/v1/me')).status).toBe(401);

      // One sign-in limit for both: the fifth wrong attempt is refused, whichever server it reaches.
      const statuses: number[] = [];
      for (const server of [a, b, a, b, a]) statuses.push(await wrongSignIn(server));
      expect(statuses).toEqual([401, 401, 401, 401, 429]);

      // Stripe delivers one event to both servers at once, ten times each: it is processed exactly once.
      const event = signedEvent('customer.created', { id: 'cus_two_servers', object: 'customer' });
      const deliveries = await Promise.all(
        [a, b].flatMap((server) =>
          Array.from({ length: 10 }, async () => {
            const response = await fetch(`${server.baseUrl}/api/v1/billing/webhook`, {
              method: 'POST',
              headers: { ...json, 'stripe-signature': event.header },
              body: event.payload,
            });
            return { status: response.status, body: (await response.json()) as { duplicate: boolean } };
          }),
        ),
      );
      expect(deliveries.map((d) => d.status)).toEqual(Array(20).fill(200));
      expect(deliveries.filter((d) => !d.body.duplicate)).toHaveLength(1);

      // SIGTERM on A with a request in flight: A turns not-ready but finishes it; B serves throughout.
      const drainCookie = await sessionCookie(b.baseUrl, 'drain@example.com', PASSWORD);
      const api = apiClient(b.baseUrl, { cookie: drainCookie });
      const part = JSON.stringify({
        name: 'In flight',
        category: 'other',
        costCents: 1234,
        acquiredAt: '2025-01-02',
      });
      const inFlight = halfSentRequest(
        Number(new URL(a.baseUrl).port),
        'POST',
        '/api/v1/parts',
        { 'content-type': 'application/json', origin: a.baseUrl, cookie: drainCookie },
        part,
      );
      await inFlight.sent;
      a.child.kill('SIGTERM');
      await until(
        'A to turn not ready',
        async () => {
          const ready = await fetch(`${a.baseUrl}/readyz`, { headers: { connection: 'close' } });
          return ready.status === 503 ? await ready.json() : undefined;
        },
        30_000,
      ).then((body) =>
        expect(body).toEqual({ error: { code: 'UNAVAILABLE', message: 'This server is shutting down' } }),
      );
      expect((await fetch(`${b.baseUrl}/readyz`)).status).toBe(200);
      // After the drain A stops listening; the request it had begun still gets its answer.
      await untilRefused('A to stop listening', a.baseUrl, 30_000);
      const answered = await inFlight.finish();
      expect(answered.status, answered.body).toBe(201);
      expect(await a.exited).toBe(0);
      const parts = await api('GET', '/api/v1/parts');
      expect((parts.body as { items: { name: string }[] }).items.map((p) => p.name)).toEqual(['In flight']);
    });
  },
);
