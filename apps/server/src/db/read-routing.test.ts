import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../app';
import { PRIMARY_COOKIE } from '../http/read-routing';
import { testConfig } from '../test/app';
import { createPart } from '../test/parts';
import { createTestDatabase } from '../test/postgres';
import { bearerFor, signUp, type TestUser } from '../test/users';
import { type Database, openDatabase } from './client';

const postgresUrl = process.env.TEST_DATABASE_URL;
const WINDOW_SECONDS = 2;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The "replica" is a second database on the same server, made from the same template but without the users'
 * data: what a list shows says which database answered. (A real streaming replica is in `npm run soak`.)
 */
describe.skipIf(!postgresUrl)('read routing (DATABASE_READ_URL)', () => {
  let database: Database;
  let app: FastifyInstance;
  let primary: { url: string; drop: () => Promise<void> };
  let replica: { url: string; drop: () => Promise<void> };
  let user: TestUser;
  let token: Record<string, string>;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'pwf-read-routing-'));

  beforeAll(async () => {
    primary = await createTestDatabase(postgresUrl ?? '', inject('postgresTemplate'));
    replica = await createTestDatabase(postgresUrl ?? '', inject('postgresTemplate'));
    const env = {
      DATABASE_URL: primary.url,
      DATABASE_READ_URL: replica.url,
      READ_YOUR_WRITES_SECONDS: String(WINDOW_SECONDS),
    };
    const config = testConfig(dataDir, env);
    database = await openDatabase({
      kind: 'postgres',
      url: primary.url,
      poolSize: 5,
      readUrl: config.databaseReadUrl,
      readMaxLagSeconds: config.readYourWritesSeconds,
      // Only the check at the start: the last tests decide when the replica fails.
      readCheckEveryMs: 3_600_000,
      readQueryTimeoutMs: 1_000,
    });
    app = await buildApp({ config, database });
    await app.ready();
    // On a busy machine the first connection can take a while: wait for a check that finds the replica.
    for (let i = 0; i < 20 && !(await database.checkReplica?.())?.usable; i++) await pause(250);
    user = await signUp(app);
    token = await bearerFor(app, user);
  });

  afterAll(async () => {
    await app?.close();
    await database?.close();
    await replica?.drop();
    await primary?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const withClient = async <T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return await use(client);
    } finally {
      await client.end();
    }
  };
  /** Copies the primary's rows of `table` matching `where` ($1 = value) to the replica, as they are now. */
  const copyRows = async (table: string, where: string, value: string) => {
    const { rows } = await withClient(primary.url, (client) =>
      client.query(`select row_to_json(t) as row from ${table} t where ${where}`, [value]),
    );
    await withClient(replica.url, async (client) => {
      for (const { row } of rows)
        await client.query(`insert into ${table} select * from json_populate_record(null::${table}, $1)`, [
          row,
        ]);
    });
  };

  const partsTotal = async (headers: Record<string, string>) => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/parts', headers });
    expect(response.statusCode, response.body).toBe(200);
    return response.json().total as number;
  };

  it('reads the primary right after a write, the replica once the window has passed', async () => {
    const part = await createPart(app, token, { name: 'Fresh GPU' });
    expect(await partsTotal(token)).toBe(1);
    await pause(WINDOW_SECONDS * 1_000 + 100);
    // The replica database has none of this user's parts: the list came from it.
    expect(await partsTotal(token)).toBe(0);
    expect(database.replica?.replicaQueries).toBeGreaterThan(0);
    // A record opened by id is not a list: always the primary.
    const one = await app.inject({ method: 'GET', url: `/api/v1/parts/${part.id}`, headers: token });
    expect(one.statusCode).toBe(200);
  });

  it('sends a browser to the primary while its write cookie lasts, on any process', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/parts',
      headers: user.cookie,
      payload: { name: 'Cookie part', category: 'other', costCents: 100, acquiredAt: '2025-01-02' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const setCookie = String(created.headers['set-cookie']);
    expect(setCookie).toContain(`${PRIMARY_COOKIE}=1; Max-Age=${WINDOW_SECONDS}`);
    await pause(WINDOW_SECONDS * 1_000 + 100);
    // This process has forgotten the write; the cookie (which another process would get too) still routes.
    expect(await partsTotal({ ...token, cookie: `${PRIMARY_COOKIE}=1` })).toBe(2);
    expect(await partsTotal({ ...token, 'x-read-primary': '1' })).toBe(2);
    expect(await partsTotal(token)).toBe(0);
  });

  it('confirms a remembered token on the primary, never on a replica that may not have seen its revocation', async () => {
    const owner = await signUp(app);
    const bearer = await bearerFor(app, owner);
    // The replica has the owner and the token as they were: a replica that has not replayed the revocation yet.
    await copyRows('"user"', 'id = $1', owner.id);
    await copyRows('api_token', 'owner_id = $1', owner.id);
    await pause(WINDOW_SECONDS * 1_000 + 100);
    const summary = () => app.inject({ method: 'GET', url: '/api/v1/analytics/summary', headers: bearer });
    expect((await summary()).statusCode).toBe(200);
    expect((await summary()).statusCode).toBe(200);

    await withClient(primary.url, (client) =>
      client.query('delete from api_token where owner_id = $1', [owner.id]),
    );
    expect((await summary()).statusCode).toBe(401);
  });

  it('reads the primary when the replica does not answer in time, as a stopped one behind PgBouncer does', async () => {
    const status = database.replica;
    if (!status) throw new Error('no replica status');
    // A lock held on the replica makes the list wait there, as a query waits in PgBouncer for a stopped server.
    const locker = new pg.Client({ connectionString: replica.url });
    await locker.connect();
    try {
      await locker.query('begin');
      await locker.query('lock table part in access exclusive mode');
      status.usable = true;
      const fallbacks = status.fallbacks;
      expect(await partsTotal(token)).toBe(2);
      expect(status.fallbacks).toBeGreaterThan(fallbacks);
      expect(status.usable).toBe(false);
    } finally {
      await locker.query('rollback');
      await locker.end();
    }
  });

  it('falls back to the primary when the replica goes away, without an error', async () => {
    await replica.drop();
    const status = database.replica;
    if (!status) throw new Error('no replica status');
    // As between the replica's death and the next check: it still counts as usable, and the read fails there.
    status.usable = true;
    expect(await partsTotal(token)).toBe(2);
    const fallbacks = status.fallbacks;
    expect(fallbacks).toBeGreaterThan(0);
    expect(status.usable).toBe(false);
    // Out of use now: the next read goes straight to the primary.
    expect(await partsTotal(token)).toBe(2);
    expect(status.fallbacks).toBe(fallbacks);
  });
});
