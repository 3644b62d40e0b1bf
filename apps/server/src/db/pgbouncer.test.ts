import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Part } from '@partwise/shared';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../app';
import { testConfig } from '../test/app';
import { createPart } from '../test/parts';
import { type PgBouncer, pgBouncerInstalled, startPgBouncer } from '../test/pgbouncer';
import { createTestDatabase } from '../test/postgres';
import { bearerFor, signUp } from '../test/users';
import { type Database, openDatabase } from './client';

const postgresUrl = process.env.TEST_DATABASE_URL;
// CI installs PgBouncer: there a missing binary fails the run instead of skipping the test.
const runs = Boolean(postgresUrl) && (pgBouncerInstalled() || Boolean(process.env.CI));

describe.skipIf(!runs)('the API through PgBouncer in transaction mode', () => {
  let bouncer: PgBouncer;
  let database: Database;
  let app: FastifyInstance;
  let dropDatabase: () => Promise<void>;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'pwf-pgbouncer-app-'));

  beforeAll(async () => {
    const created = await createTestDatabase(postgresUrl ?? '', inject('postgresTemplate'));
    dropDatabase = created.drop;
    bouncer = await startPgBouncer(created.url);
    const config = testConfig(dataDir, { DATABASE_URL: bouncer.url, DATABASE_PREPARED_STATEMENTS: 'false' });
    database = await openDatabase({
      kind: 'postgres',
      url: bouncer.url,
      poolSize: 12,
      preparedStatements: config.databasePreparedStatements,
    });
    app = await buildApp({ config, database });
    await app.ready();
  });

  afterAll(async () => {
    await app?.close();
    await database?.close();
    await bouncer?.stop();
    await dropDatabase?.();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers every request of a busy flipper, many at once, with no server error', async () => {
    const user = await signUp(app);
    const token = await bearerFor(app, user);
    // Many requests at once over 12 client connections and 3 server connections: the hot, usually
    // prepared queries (token lookup, part page and count, part by id, part create) hop between backends.
    const parts: Part[] = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        createPart(app, token, { name: `Pooled part ${i}`, costCents: 1_000 + i }),
      ),
    );
    const reads = await Promise.all(
      parts.flatMap((part) => [
        app.inject({ method: 'GET', url: `/api/v1/parts/${part.id}`, headers: token }),
        app.inject({ method: 'GET', url: '/api/v1/parts?sort=-acquiredAt&pageSize=10', headers: token }),
        app.inject({ method: 'GET', url: '/api/v1/parts?q=Pooled&pageSize=5', headers: user.cookie }),
      ]),
    );
    expect(reads.map((r) => r.statusCode).filter((status) => status !== 200)).toEqual([]);
    expect(reads[1]?.json().total).toBe(24);

    // A whole sale in transactions through the pooler: the part sells, the ledger and P&L agree.
    const [sold] = parts;
    const sale = await app.inject({
      method: 'POST',
      url: '/api/v1/sales',
      headers: token,
      payload: { partId: sold?.id, priceCents: 5_000, platform: 'local', soldAt: '2025-06-01' },
    });
    expect(sale.statusCode, sale.body).toBe(201);
    const ledger = await app.inject({ method: 'GET', url: '/api/v1/sales', headers: token });
    expect(ledger.json().items).toHaveLength(1);
    const part = await app.inject({ method: 'GET', url: `/api/v1/parts/${sold?.id}`, headers: token });
    expect(part.json().status).toBe('sold');

    // The analytics' statements, prepared on a direct connection, go unnamed through the pooler.
    const analytics = (url: string) =>
      app.inject({ method: 'GET', url: `/api/v1/analytics/${url}`, headers: token });
    const [summary, series] = await Promise.all([
      analytics('summary?from=2025-01-01&to=2025-12-31'),
      analytics('timeseries?granularity=month&from=2025-01-01&to=2025-12-31'),
    ]);
    expect(summary.json().current).toMatchObject({ salesCount: 1, revenueCents: 5_000 });
    expect(series.json().points[5]).toMatchObject({
      start: '2025-06-01',
      salesCount: 1,
      revenueCents: 5_000,
    });
  });
});
